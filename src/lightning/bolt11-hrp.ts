import { accept, reject, type ReadResult } from '@/nostr/read-result'

/** The chains an invoice can be for: mainnet, testnet, regtest, signet (BOLT #11 / BIP-173 prefixes). */
export type Network = 'bc' | 'tb' | 'bcrt' | 'tbs'

/** Millisatoshis per unit: a bare amount is in bitcoin, a multiplier scales it down. */
const MSATS_PER_UNIT: Record<string, bigint> = {
  '': 100_000_000_000n,
  m: 100_000_000n,
  u: 100_000n,
  n: 100n,
}

/** Reads the human-readable part: `ln` + network + optional amount and multiplier. */
export function readHumanPart(
  prefix: string,
): ReadResult<{ network: Network; amountMsats: number | undefined }> {
  const match = /^ln(bcrt|bc|tbs|tb)(.*)$/.exec(prefix)
  if (!match) return reject('This is not a Lightning invoice for a network the app knows.')
  const network = match[1] as Network
  const amountText = match[2] ?? ''
  if (amountText === '') return accept({ network, amountMsats: undefined })

  const amount = /^([0-9]+)([munp]?)$/.exec(amountText)
  if (!amount) return reject(`The invoice amount "${amountText}" has an unknown unit (multiplier).`)
  const digits = amount[1] ?? ''
  const multiplier = amount[2] ?? ''
  if (digits.startsWith('0')) return reject('The invoice amount is malformed (leading zero).')

  let msats: bigint
  if (multiplier === 'p') {
    if (!digits.endsWith('0')) {
      return reject('The invoice amount has a fraction of a millisatoshi, which cannot be paid.')
    }
    msats = BigInt(digits) / 10n
  } else {
    msats = BigInt(digits) * (MSATS_PER_UNIT[multiplier] ?? 0n)
  }
  if (msats > BigInt(Number.MAX_SAFE_INTEGER)) {
    return reject('The invoice amount is larger than any real payment.')
  }
  return accept({ network, amountMsats: Number(msats) })
}
