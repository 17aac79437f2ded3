import type { PaymentReceipt, PaymentRequest } from '@/nostr/message-tags'
import { accept, reject, type ReadResult } from '@/nostr/read-result'
import { readInvoice, verifyPreimage, type Network } from './bolt11'
import { NETWORK_NAMES } from './bolt11-bech32'

/**
 * Whether a payment receipt proves that this payment request was paid: it answers the request,
 * names a valid invoice on the app's network (the very invoice the request attached, if it
 * attached one) for the amount requested, and its preimage hashes to that invoice's payment hash.
 * A receipt only says what the payer claims; this is what the receiver checks. Never throws.
 */
export function checkPaymentReceipt(
  request: PaymentRequest,
  receipt: PaymentReceipt,
  expected: { network: Network },
): ReadResult<{ paymentHash: string; amountMsats: number }> {
  if (receipt.requestId !== request.id)
    return reject('This receipt answers another payment request.')
  const read = readInvoice(receipt.bolt11)
  if (!read.ok) return reject(`The receipt's invoice is not valid. ${read.reason}`)
  const invoice = read.value
  if (invoice.network !== expected.network) {
    return reject(
      `The receipt's invoice is for ${NETWORK_NAMES[invoice.network]}, not ${NETWORK_NAMES[expected.network]}.`,
    )
  }
  if (request.bolt11 !== undefined && request.bolt11.toLowerCase() !== invoice.paymentRequest) {
    return reject('The receipt names another invoice than the one the payment request attached.')
  }
  if (invoice.amountMsats !== request.msats) {
    return reject("The receipt's invoice is not for the amount requested.")
  }
  if (!verifyPreimage(invoice, receipt.preimage)) {
    return reject("The receipt's preimage does not match the invoice, so it proves no payment.")
  }
  return accept({ paymentHash: invoice.paymentHash, amountMsats: request.msats })
}
