import { useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { fieldClass } from '@/components/ui/form-styles'
import { Alert } from '@/components/ui/alert'
import { QrScanner } from '@/components/ui/qr-scanner'
import { connectWallet } from '@/commands/wallet'
import { CameraIcon } from './camera-icon'

const NWC_PREFIX = /^nostr\+walletconnect:\/\//i

/**
 * Paste a Nostr Wallet Connect string, or scan its QR code. It is a secret: typed into a password
 * field that is left uncontrolled (so the string never lands in a DOM attribute), a scanned one is
 * never put on the page at all; kept only once the wallet answered, and cleared from the form then.
 * A wallet that speaks only NIP-04 needs a second, informed yes.
 */
export function ConnectForm() {
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  /** The string to connect with: what was typed or pasted, or the last code scanned. */
  const secret = useRef('')
  const [filled, setFilled] = useState(false)
  const [scanning, setScanning] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  const [weakOffered, setWeakOffered] = useState(false)

  const connect = async (allowNip04: boolean) => {
    setBusy(true)
    setProblem(undefined)
    const outcome = await connectWallet(secret.current, { allowNip04 })
    setBusy(false)
    if (outcome.ok) {
      secret.current = ''
      if (field.current) field.current.value = ''
      setFilled(false)
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
  const onScanned = (text: string): string | undefined => {
    const uri = text.trim()
    if (!NWC_PREFIX.test(uri)) return 'This QR code is not a wallet connection string.'
    setScanning(false)
    secret.current = uri
    if (field.current) field.current.value = ''
    setFilled(false)
    void connect(false)
    return undefined
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-busy={busy}>
      <div>
        <label htmlFor={`${id}-uri`} className={fieldClass.label}>
          Wallet connection string
        </label>
        <p id={`${id}-hint`} className={fieldClass.hint}>
          In your wallet (Alby Hub, Mutiny, Coinos, Primal…) create a Nostr Wallet Connect
          connection for this app, with a budget you are comfortable with, and paste it here or scan
          its QR code. It starts with <code>nostr+walletconnect://</code>.
        </p>
        <div className="mt-1.5 flex gap-2">
          <input
            ref={field}
            id={`${id}-uri`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            className={`${fieldClass.input} min-w-0 flex-1 font-mono`}
            defaultValue=""
            onChange={(event) => {
              secret.current = event.target.value
              setFilled(event.target.value.trim() !== '')
              setWeakOffered(false)
            }}
            aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
            aria-invalid={problem ? true : undefined}
            placeholder="nostr+walletconnect://…"
          />
          <button
            type="button"
            className={`${buttonClass.secondary} shrink-0`}
            disabled={busy}
            onClick={() => setScanning(true)}
          >
            <CameraIcon />
            Scan QR code
          </button>
        </div>
      </div>
      {scanning && (
        <QrScanner
          title="Scan your wallet’s QR code"
          instructions="Point the camera at the Nostr Wallet Connect QR code your wallet shows. It connects as soon as the code is read."
          onText={onScanned}
          onClose={() => setScanning(false)}
        />
      )}
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
      <button type="submit" className={buttonClass.primary} disabled={busy || !filled}>
        {busy ? 'Connecting…' : 'Connect wallet'}
      </button>
    </form>
  )
}
