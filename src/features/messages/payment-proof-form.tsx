import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { fieldClass } from '@/components/ui/form-styles'

type Props = {
  /** Checks the pasted preimage and records the payment; resolves with why not, if not. */
  onProof: (preimage: string) => Promise<string | undefined>
  /** Take the focus when shown (it was opened on purpose, by "I paid"). */
  focus?: boolean
}

/**
 * "I paid": a field for the proof of payment (the preimage the wallet shows once it paid). The
 * app checks it against the invoice before anything is recorded; a wrong one is refused plainly.
 */
export function PaymentProofForm({ onProof, focus = false }: Props) {
  const [preimage, setPreimage] = useState('')
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)
  const id = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(await onProof(preimage))
    setBusy(false)
  }

  return (
    <form className="mt-3 space-y-2" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-preimage`} className={fieldClass.label}>
        Proof of payment (preimage)
      </label>
      <input
        id={`${id}-preimage`}
        className={`${fieldClass.input} font-mono text-xs`}
        value={preimage}
        onChange={(event) => setPreimage(event.target.value)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder="64 characters, 0–9 and a–f"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        autoFocus={focus}
      />
      {problem && (
        <p id={`${id}-problem`} role="alert" className={fieldClass.error}>
          {problem}
        </p>
      )}
      <button type="submit" className={buttonClass.primary} disabled={busy || !preimage.trim()}>
        {busy ? 'Checking…' : 'Check the proof'}
      </button>
    </form>
  )
}
