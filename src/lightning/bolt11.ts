import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { bech32 } from '@scure/base'
import { accept, reject, type ReadResult } from '@/nostr/read-result'
import { featureProblem } from './bolt11-features'
import { readTaggedFields } from './bolt11-fields'
import { readHumanPart, type Network } from './bolt11-hrp'
import type { RouteHop } from './bolt11-onchain'
import { provePayee } from './bolt11-signature'
import { wordsToBytes, wordsToNumber } from './bolt11-words'

export type { Network } from './bolt11-hrp'
export type { RouteHop } from './bolt11-onchain'

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
  paymentSecret: string
  description?: string
  descriptionHash?: string
  /** The payee's node id (33-byte compressed key, hex) proven by the signature. */
  payee: string
  /** Feature bits set, lowest first. */
  features: number[]
  /** Blocks the last hop needs (18 when not given). */
  minFinalCltvExpiry: number
  fallbackAddresses: string[]
  routeHints: RouteHop[][]
  metadata?: string
}

export const DEFAULT_EXPIRY_SECONDS = 3600
export const DEFAULT_MIN_FINAL_CLTV_EXPIRY = 18
const MAX_INVOICE_CHARS = 7089
const TIMESTAMP_WORDS = 7
const SIGNATURE_WORDS = 104
const BECH32_CHARS = /^[qpzry9x8gf2tvdw0s3jn54khce6mua7l]*$/
const utf8 = new TextEncoder()

/** Splits and checksums the bech32 text, with a plain reason for each way it can be broken. */
function readBech32(text: string): ReadResult<{ prefix: string; words: number[] }> {
  if (text.length > MAX_INVOICE_CHARS) return reject('This is too long to be a Lightning invoice.')
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) {
    return reject('The invoice mixes upper and lower case letters, so it was altered.')
  }
  const lower = text.toLowerCase()
  const separator = lower.lastIndexOf('1')
  if (separator < 1) return reject('This is not a Lightning invoice (no "1" separator).')
  if (!BECH32_CHARS.test(lower.slice(separator + 1))) {
    return reject('The invoice contains characters that cannot appear in one.')
  }
  try {
    const { prefix, words } = bech32.decode(lower as `${string}1${string}`, false)
    return accept({ prefix, words })
  } catch {
    return reject('The invoice checksum does not match: a character was mistyped or changed.')
  }
}

/** Decodes an invoice and makes every check a payer must make before paying it. Never throws. */
export function readInvoice(text: string): ReadResult<Invoice> {
  if (typeof text !== 'string') return reject('The invoice must be text.')
  const trimmed = text.trim().replace(/^lightning:/i, '')
  const decoded = readBech32(trimmed)
  if (!decoded.ok) return decoded
  const { prefix, words } = decoded.value

  const human = readHumanPart(prefix)
  if (!human.ok) return human
  if (words.length < TIMESTAMP_WORDS + SIGNATURE_WORDS) return reject('The invoice is too short.')

  const signed = words.slice(0, -SIGNATURE_WORDS)
  const timestamp = wordsToNumber(signed.slice(0, TIMESTAMP_WORDS)) ?? 0
  const fields = readTaggedFields(signed.slice(TIMESTAMP_WORDS), human.value.network)
  if (!fields.ok) return fields
  const f = fields.value

  if (!f.paymentHash) return reject('The invoice has no payment hash.')
  if (!f.paymentSecret) return reject('The invoice has no payment secret (the `s` field).')
  const featureIssue = featureProblem(f.features)
  if (featureIssue) return reject(featureIssue)

  const signedHash = sha256(new Uint8Array([...utf8.encode(prefix), ...wordsToBytes(signed, true)]))
  const payee = provePayee(wordsToBytes(words.slice(-SIGNATURE_WORDS)), signedHash, f.payeeNodeKey)
  if (!payee.ok) return payee

  const expiry = f.expiry ?? DEFAULT_EXPIRY_SECONDS
  return accept({
    paymentRequest: trimmed.toLowerCase(),
    network: human.value.network,
    ...(human.value.amountMsats !== undefined && { amountMsats: human.value.amountMsats }),
    timestamp,
    expiry,
    expiresAt: timestamp + expiry,
    paymentHash: bytesToHex(f.paymentHash),
    paymentSecret: bytesToHex(f.paymentSecret),
    ...(f.description !== undefined && { description: f.description }),
    ...(f.descriptionHash && { descriptionHash: bytesToHex(f.descriptionHash) }),
    payee: bytesToHex(payee.value),
    features: f.features,
    minFinalCltvExpiry: f.minFinalCltvExpiry ?? DEFAULT_MIN_FINAL_CLTV_EXPIRY,
    fallbackAddresses: f.fallbackAddresses,
    routeHints: f.routeHints,
    ...(f.metadata && { metadata: bytesToHex(f.metadata) }),
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
