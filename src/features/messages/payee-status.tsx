import type { PaymentRequest } from '@/nostr/message-tags'
import { useReceiptCheck } from '@/hooks/use-receipt-check'

/**
 * For the troubleshooter who asked: paid only once the Bitcoiner's receipt proves it (its preimage
 * pays the invoice asked for); a receipt that proves nothing is said so, and changes nothing.
 */
export function PayeeStatus({ request }: { request: PaymentRequest }) {
  const check = useReceiptCheck(request, 'received')
  if (check.state === 'proven')
    return (
      <p role="status" className="mt-2 font-semibold text-emerald-800 dark:text-emerald-400">
        Paid — proof of payment checked
      </p>
    )
  return (
    <p role="status" className="mt-2 font-semibold text-stone-700 dark:text-stone-300">
      Not paid yet
      {check.state === 'refused' && (
        <span className="block text-xs font-normal text-red-800 dark:text-red-300">
          A receipt came, but it does not prove a payment: {check.reason}
        </span>
      )}
    </p>
  )
}
