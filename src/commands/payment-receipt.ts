import { makePaymentReceiptTags } from '@/nostr/message-tags'
import type { PaymentIntent } from '@/storage/payment-intents'
import { sendMessage } from './message-outbox'

const satsText = (msats: number) => `${Math.floor(msats / 1000).toLocaleString('en-US')} sats`

/**
 * Tells the payee a payment request was paid: a receipt message (request id, the invoice paid, its
 * preimage) in the request's thread, through the outbox, so it waits for the relays like any message.
 * The payee's app checks sha256(preimage) against the invoice before it shows the request paid.
 * Returns whether the receipt is on its way.
 */
export const sendPaymentReceipt = (intent: PaymentIntent): boolean => {
  if (intent.state !== 'paid' || !intent.preimage) return false
  const queued = sendMessage({
    recipient: intent.payee,
    text: `Paid ${satsText(intent.amountMsats)} for ${intent.purpose}. The proof of payment is attached.`,
    ...(intent.ticket ? { ticket: intent.ticket } : {}),
    ...(intent.subject ? { subject: intent.subject } : {}),
    tags: makePaymentReceiptTags({
      requestId: intent.id,
      bolt11: intent.invoice,
      preimage: intent.preimage,
    }),
  })
  return queued.ok
}
