import { bech32 } from '@scure/base'
import { accept, reject, type ReadResult } from '@/nostr/read-result'

/** The chains an invoice can be for: mainnet, testnet, regtest, signet (BOLT #11 / BIP-173 prefixes). */
export type Network = 'bc' | 'tb' | 'bcrt' | 'tbs'

/** The longest invoice text a payer reads (a QR code holds at most this many characters). */
const MAX_INVOICE_CHARS = 7089
const BECH32_CHARS = /^[qpzry9x8gf2tvdw0s3jn54khce6mua7l]*$/

/**
 * Splits and checksums an invoice's bech32 text, with a plain reason for each way it can be
 * broken: the decoding library's own errors would not tell a person what went wrong.
 */
export function readBech32(text: string): ReadResult<{ prefix: string; words: number[] }> {
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
    return accept({ prefix, words: [...words] })
  } catch {
    return reject('The invoice checksum does not match: a character was mistyped or changed.')
  }
}

/** The network an invoice's prefix names (`ln` + network + optional amount), and that amount text. */
export function readNetwork(prefix: string): ReadResult<{ network: Network; amountText: string }> {
  const match = /^ln(bcrt|bc|tbs|tb)(.*)$/.exec(prefix)
  if (!match) return reject('This is not a Lightning invoice for a network the app knows.')
  return accept({ network: match[1] as Network, amountText: match[2] ?? '' })
}

/** What a person calls each network. */
export const NETWORK_NAMES: Record<Network, string> = {
  bc: 'bitcoin',
  tb: 'testnet',
  bcrt: 'regtest',
  tbs: 'signet',
}
