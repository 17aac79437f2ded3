import { formatSats } from '@/components/ui/format-sats'
import type { PaymentRequest } from '@/nostr/message-tags'
import { PayeeStatus } from './payee-status'
import { paymentPurpose } from './payment-presets'
import { PayerActions } from './payer-actions'

type Props = {
  request: PaymentRequest
  /** Who asks to be paid (hex pubkey). */
  from: string
  /** The request is mine (I asked): no Pay button, the receipt's proof instead. */
  mine: boolean
  /** The thread's ticket: its address (where the receipt goes) and title (what it is for). */
  ticket?: string
  subject?: string
}

/**
 * A payment request in a thread: the amount and what it is for; for the payer, how to pay it
 * (PayerActions), for the troubleshooter who asked, whether a receipt proves it paid.
 */
export function PaymentRequestCard({ request, from, mine, ticket, subject }: Props) {
  const sats = Math.floor(request.msats / 1000)
  const purpose = paymentPurpose(subject ?? 'Troubleshooting', request.minutes)
  return (
    <section
      aria-label={`Payment request: ${formatSats(sats)}`}
      className="w-full max-w-[min(24rem,85%)] rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm text-stone-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-stone-100"
    >
      <p className="text-xs font-semibold tracking-wide text-amber-900 uppercase dark:text-amber-300">
        {mine ? 'You asked to be paid' : 'Payment request'}
      </p>
      <p className="mt-1 text-xl font-bold tabular-nums">{formatSats(sats)}</p>
      <p className="mt-0.5 text-stone-700 dark:text-stone-300">{purpose}</p>
      {mine ? (
        <PayeeStatus request={request} />
      ) : (
        <PayerActions
          request={request}
          payee={from}
          purpose={purpose}
          {...(ticket ? { ticket } : {})}
          {...(subject ? { subject } : {})}
        />
      )}
    </section>
  )
}
