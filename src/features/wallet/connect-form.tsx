import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { fieldClass } from '@/components/ui/form-styles'
import { Alert } from '@/components/ui/alert'
import { connectWallet } from '@/commands/wallet'

/**
 * Paste a Nostr Wallet Connect string. It is a secret: typed into a password field (never shown
 * back, never autocompleted), kept only once the wallet answered, and cleared from the form then.
 * A wallet that speaks only NIP-04 needs a second, informed yes.
 */
export function ConnectForm() {
  const id = useId()
  const [uri, setUri] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  const [weakOffered, setWeakOffered] = useState(false)

  const connect = async (allowNip04: boolean) => {
    setBusy(true)
    setProblem(undefined)
    const outcome = await connectWallet(uri, { allowNip04 })
    setBusy(false)
    if (outcome.ok) {
      setUri('')
      setWeakOffered(false)
      return
    }
    setProblem(outcome.problem)
    setWeakOffered(Boolean(outcome.weakEncryption))
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void connect(false)
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-busy={busy}>
      <div>
        <label htmlFor={`${id}-uri`} className={fieldClass.label}>
          Wallet connection string
        </label>
        <p id={`${id}-hint`} className={fieldClass.hint}>
          In your wallet (Alby Hub, Mutiny, Coinos, Primal…) create a Nostr Wallet Connect
          connection for this app, with a budget you are comfortable with, and paste it here. It
          starts with <code>nostr+walletconnect://</code>.
        </p>
        <input
          id={`${id}-uri`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          className={`${fieldClass.input} mt-1.5 font-mono`}
          value={uri}
          onChange={(event) => {
            setUri(event.target.value)
            setWeakOffered(false)
          }}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
          placeholder="nostr+walletconnect://…"
        />
      </div>
      {problem && (
        <div id={`${id}-problem`}>
          <Alert
            tone={weakOffered ? 'warning' : 'error'}
            title={weakOffered ? 'Older encryption only' : 'Not connected'}
            actions={
              weakOffered && (
                <button
                  type="button"
                  className={buttonClass.secondary}
                  disabled={busy}
                  onClick={() => void connect(true)}
                >
                  Connect with NIP-04 anyway
                </button>
              )
            }
          >
            {problem}
          </Alert>
        </div>
      )}
      <button type="submit" className={buttonClass.primary} disabled={busy || uri.trim() === ''}>
        {busy ? 'Connecting…' : 'Connect wallet'}
      </button>
    </form>
  )
}
