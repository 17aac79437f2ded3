import type { ReadResult } from '@/nostr/read-result'
import { reject } from '@/nostr/read-result'
import { isExpired, readInvoice } from './bolt11'
import type { Invoice, Network } from './bolt11'
import { NETWORK_NAMES } from './bolt11-bech32'

/** What the payer expects an invoice to be: the amount asked for, on the app's network. */
export type Expected = { amountMsats: number; network: Network; now: number }

/**
 * Every check before paying an invoice: a valid BOLT #11 invoice signed by its payee (readInvoice),
 * for exactly the amount asked for (an invoice without an amount is refused: the payer would pick
 * it), on the app's network, not expired, with a description or description hash. Never throws.
 */
export const readPayableInvoice = (text: string, expected: Expected): ReadResult<Invoice> => {
  const read = readInvoice(text)
  if (!read.ok) return read
  const invoice = read.value
  if (invoice.network !== expected.network)
    return reject(
      `This invoice is for ${NETWORK_NAMES[invoice.network]}, not ${NETWORK_NAMES[expected.network]}.`,
    )
  if (invoice.amountMsats === undefined) return reject('This invoice names no amount.')
  if (invoice.amountMsats !== expected.amountMsats)
    return reject('This invoice is not for the amount asked for.')
  if (isExpired(invoice, expected.now)) return reject('This invoice has expired.')
  if (invoice.description === undefined && invoice.descriptionHash === undefined)
    return reject('This invoice says nothing about what it is for.')
  return read
}
