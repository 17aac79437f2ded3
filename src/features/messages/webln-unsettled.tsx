import { buttonClass } from '@/components/ui/button-styles'
import { PaymentProofForm } from './payment-proof-form'

type Props = {
  /** The browser wallet was asked from this page and has not answered yet. */
  asking: boolean
  onProof: (preimage: string) => Promise<string | undefined>
  onNotPaid: () => void
}

/**
 * A payment handed to the browser's WebLN wallet whose outcome is unknown (its errors do not say
 * whether money left): the person settles it — the proof their wallet shows, or "did not pay".
 * Nothing else is offered to pay it meanwhile.
 */
export function WeblnUnsettled({ asking, onProof, onNotPaid }: Props) {
  if (asking)
    return (
      <p className="mt-2 text-xs text-stone-700 dark:text-stone-300">
        Confirm the payment in your browser wallet.
      </p>
    )
  return (
    <div className="mt-3 space-y-2">
      <p className="text-xs text-stone-700 dark:text-stone-300">
        Check your wallet: if it paid, paste the proof (preimage) below; if it did not, say so.
      </p>
      <PaymentProofForm onProof={onProof} />
      <button type="button" className={buttonClass.ghost} onClick={onNotPaid}>
        My wallet did not pay
      </button>
    </div>
  )
}
