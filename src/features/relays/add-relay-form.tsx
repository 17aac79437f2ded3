import { useState, type FormEvent } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { useRelays } from '@/stores/relays'

/** Adds a relay address to the person's list, explaining in plain words when it is not valid. */
export function AddRelayForm() {
  const addRelay = useRelays((state) => state.addRelay)
  const [url, setUrl] = useState('')
  const [error, setError] = useState<string>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = addRelay(url)
    if (result.ok) {
      setUrl('')
      setError(undefined)
    } else {
      setError(result.reason)
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <label htmlFor="relay-url" className="text-sm font-medium">
        Relay address
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="relay-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="wss://relay.example.com"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'relay-url-error' : undefined}
          className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono text-sm focus:border-bitcoin focus:outline-none dark:border-stone-700 dark:bg-stone-950"
        />
        <button type="submit" className={buttonClass.primary}>
          Add relay
        </button>
      </div>
      {error && (
        <p id="relay-url-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  )
}
