import { useState, type FormEvent } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { OptionCard } from './option-card'

type Props = {
  busy: boolean
  disabled: boolean
  error?: string
  onConnect: (uri: string) => void
}

/** Sign in by pasting a bunker:// URI from a remote signer (nsec.app, Amber, a bunker…). */
export function BunkerOption({ busy, disabled, error, onConnect }: Props) {
  // kept across failed attempts so the person can fix a typo instead of pasting again
  const [uri, setUri] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onConnect(uri)
  }
  return (
    <OptionCard
      id="sign-in-bunker"
      title="Remote signer (bunker)"
      description="Paste the bunker:// link your signer app or bunker gives you."
      error={error}
    >
      <form onSubmit={submit} className="flex flex-col gap-2">
        <label htmlFor="bunker-uri" className="text-sm font-medium">
          Bunker URI
        </label>
        <input
          id="bunker-uri"
          name="bunker-uri"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="bunker://…?relay=wss://…"
          value={uri}
          onChange={(event) => setUri(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-in-bunker-error' : undefined}
          className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono text-sm text-stone-900 placeholder:text-stone-400 focus:border-bitcoin focus:outline-none dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100"
        />
        <div>
          <button type="submit" className={buttonClass.primary} disabled={disabled}>
            {busy ? 'Connecting…' : 'Connect'}
          </button>
        </div>
      </form>
    </OptionCard>
  )
}
