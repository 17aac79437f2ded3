import { decode } from 'light-bolt11-decoder'
import { accept, reject, type ReadResult } from '@/nostr/read-result'

/** What light-bolt11-decoder reads from an invoice, before the payer's own checks. */
export type DecodedFields = {
  amountMsats?: number
  timestamp: number
  paymentHash?: string
  paymentSecret?: string
  description?: string
  descriptionHash?: string
  /** The `n` field: the node id the payee claims, hex. */
  payeeNodeKey?: string
  /** Seconds after `timestamp` (the library's own `expiry` getter adds the timestamp). */
  expiry?: number
}

/**
 * A plain reason for an error the library threw. The prefix's network and the bech32 text are
 * checked before it runs, so in the prefix only the amount is left to go wrong.
 */
function reasonFor(error: unknown, amountText: string): string {
  const message = error instanceof Error ? error.message : ''
  if (/multiplier/.test(message)) {
    return `The invoice amount "${amountText}" has an unknown unit (multiplier).`
  }
  if (/outside of valid range/.test(message)) {
    return /^[0-9]*[1-9]p$/.test(amountText)
      ? 'The invoice amount has a fraction of a millisatoshi, which cannot be paid.'
      : 'The invoice amount is larger than any real payment.'
  }
  if (/amount|coin|proper lightning/i.test(message)) {
    return `The invoice amount "${amountText}" is malformed.`
  }
  return 'The invoice has a malformed field, so it cannot be read.'
}

/**
 * Decodes an invoice with light-bolt11-decoder (it checks no signature and no required field:
 * see bolt11.ts for what the payer adds). Never throws.
 */
export function decodeFields(text: string, amountText: string): ReadResult<DecodedFields> {
  let sections
  try {
    sections = decode(text).sections
  } catch (error) {
    return reject(reasonFor(error, amountText))
  }
  const value = (name: string): unknown =>
    (sections.find((section) => section.name === name) as { value?: unknown } | undefined)?.value
  const stringValue = (name: string) => {
    const found = value(name)
    return typeof found === 'string' ? found : undefined
  }
  const amount = stringValue('amount')
  const expiry = value('expiry')
  return accept({
    ...(amount !== undefined && { amountMsats: Number(amount) }),
    timestamp: Number(value('timestamp')),
    paymentHash: stringValue('payment_hash'),
    paymentSecret: stringValue('payment_secret'),
    description: stringValue('description'),
    descriptionHash: stringValue('description_hash'),
    payeeNodeKey: stringValue('payee'),
    ...(typeof expiry === 'number' && { expiry }),
  })
}
