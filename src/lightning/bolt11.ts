import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { bech32 } from '@scure/base'
import { accept, reject, type ReadResult } from '@/nostr/read-result'
import { readBech32, readNetwork, type Network } from './bolt11-bech32'
import { decodeFields } from './bolt11-decoded'
import { featureProblem, readFeatureBits } from './bolt11-features'
import { provePayee, signedHash, wordsToBytes } from './bolt11-signature'
import { FIELD, fieldWords, mustSkip, splitTaggedFields } from './bolt11-skipped-fields'

export type { Network } from './bolt11-bech32'

/**
 * A BOLT #11 invoice that passed every check a payer must make
 * (https://github.com/lightning/bolts/blob/master/11-payment-encoding.md).
 */
export type Invoice = {
  /** The invoice text, lower case, without a `lightning:` prefix. */
  paymentRequest: string
  network: Network
  /** Amount asked for, in millisatoshis; undefined when the payer chooses. */
  amountMsats?: number
  /** Creation time, unix seconds. */
  timestamp: number
  /** Seconds after `timestamp` the invoice stays payable (3600 when not given). */
  expiry: number
  /** `timestamp + expiry`, unix seconds. */
  expiresAt: number
  paymentHash: string
  description?: string
  descriptionHash?: string
  /** The payee's node id (33-byte compressed key, hex) proven by the signature. */
  payee: string
}

export const DEFAULT_EXPIRY_SECONDS = 3600
const TIMESTAMP_WORDS = 7
const SIGNATURE_WORDS = 104
const utf8 = new TextEncoder()

/**
 * Decodes an invoice and makes every check a payer must make before paying it. Never throws.
 * light-bolt11-decoder reads the fields; this adds what it lacks: plain reasons, the networks the
 * app knows, skipping p/h/s/n fields of the wrong length, a required payment secret, refusing
 * unknown required features, and the payee's signature.
 */
export function readInvoice(text: string): ReadResult<Invoice> {
  if (typeof text !== 'string') return reject('The invoice must be text.')
  const trimmed = text.trim().replace(/^lightning:/i, '')
  const bech32Read = readBech32(trimmed)
  if (!bech32Read.ok) return bech32Read
  const { prefix, words } = bech32Read.value
  const human = readNetwork(prefix)
  if (!human.ok) return human
  if (words.length < TIMESTAMP_WORDS + SIGNATURE_WORDS) return reject('The invoice is too short.')

  const signed = words.slice(0, -SIGNATURE_WORDS)
  const signature = words.slice(-SIGNATURE_WORDS)
  const fields = splitTaggedFields(signed.slice(TIMESTAMP_WORDS))
  if (!fields.ok) return fields
  const kept = fields.value.filter((field) => !mustSkip(field))
  // The library cannot read a p/h/s/n field of another length, which readers must skip, so it gets
  // the invoice re-encoded without them. That is safe: the signature below is checked over the
  // original data, and the new checksum only covers what the library reads.
  const forLibrary =
    kept.length === fields.value.length
      ? trimmed.toLowerCase()
      : bech32.encode(
          prefix,
          [...signed.slice(0, TIMESTAMP_WORDS), ...kept.flatMap(fieldWords), ...signature],
          false,
        )
  const decoded = decodeFields(forLibrary, human.value.amountText)
  if (!decoded.ok) return decoded
  const f = decoded.value

  if (f.amountMsats !== undefined && !Number.isSafeInteger(f.amountMsats)) {
    return reject('The invoice amount is larger than any real payment.')
  }
  if (!f.paymentHash) return reject('The invoice has no payment hash.')
  if (!f.paymentSecret) return reject('The invoice has no payment secret (the `s` field).')
  const features = kept.find((field) => field.type === FIELD.features)
  const featureIssue = featureProblem(readFeatureBits(features?.data ?? []))
  if (featureIssue) return reject(featureIssue)
  const expiry = f.expiry ?? DEFAULT_EXPIRY_SECONDS
  if (!Number.isSafeInteger(expiry) || !Number.isSafeInteger(f.timestamp + expiry)) {
    return reject('The invoice has an impossibly large expiry.')
  }

  const payeeNodeKey = f.payeeNodeKey === undefined ? undefined : hexToBytes(f.payeeNodeKey)
  const payee = provePayee(wordsToBytes(signature), signedHash(prefix, signed), payeeNodeKey)
  if (!payee.ok) return payee

  return accept({
    paymentRequest: trimmed.toLowerCase(),
    network: human.value.network,
    ...(f.amountMsats !== undefined && { amountMsats: f.amountMsats }),
    timestamp: f.timestamp,
    expiry,
    expiresAt: f.timestamp + expiry,
    paymentHash: f.paymentHash,
    ...(f.description !== undefined && { description: f.description }),
    ...(f.descriptionHash !== undefined && { descriptionHash: f.descriptionHash }),
    payee: bytesToHex(payee.value),
  })
}

/** Whether the invoice can no longer be paid at `now` (unix seconds). */
export const isExpired = (invoice: Pick<Invoice, 'expiresAt'>, now: number): boolean =>
  now >= invoice.expiresAt

const HEX_32 = /^[0-9a-f]{64}$/i

/** Whether `preimageHex` is the proof of payment for this invoice: sha256(preimage) = hash. */
export function verifyPreimage(
  invoice: Pick<Invoice, 'paymentHash'>,
  preimageHex: string,
): boolean {
  if (typeof preimageHex !== 'string' || !HEX_32.test(preimageHex)) return false
  return bytesToHex(sha256(hexToBytes(preimageHex))) === invoice.paymentHash.toLowerCase()
}

/** Whether `description` is the text an invoice's description hash (`h` field) commits to. */
export const matchesDescriptionHash = (
  invoice: Pick<Invoice, 'descriptionHash'>,
  description: string,
): boolean =>
  invoice.descriptionHash !== undefined &&
  bytesToHex(sha256(utf8.encode(description))) === invoice.descriptionHash
