import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { bech32, bech32m, createBase58check } from '@scure/base'
import type { Network } from './bolt11-hrp'
import { bytesToNumber as uint, wordsToBytes } from './bolt11-words'

/** On-chain parts of an invoice: fallback addresses (`f`) and private route hints (`r`). */

const base58check = createBase58check(sha256)
const SEGWIT_PREFIX: Record<Network, string> = { bc: 'bc', tb: 'tb', bcrt: 'bcrt', tbs: 'tb' }
const PUBKEY_HASH_VERSION: Record<Network, number> = { bc: 0x00, tb: 0x6f, bcrt: 0x6f, tbs: 0x6f }
const SCRIPT_HASH_VERSION: Record<Network, number> = { bc: 0x05, tb: 0xc4, bcrt: 0xc4, tbs: 0xc4 }

/** The address an `f` field names, or undefined for a version or length readers must skip. */
export function readFallbackAddress(
  words: readonly number[],
  network: Network,
): string | undefined {
  const [version, ...rest] = words
  if (version === undefined) return undefined
  const program = wordsToBytes(rest)
  if (version === 17 || version === 18) {
    if (program.length !== 20) return undefined
    const prefix = version === 17 ? PUBKEY_HASH_VERSION[network] : SCRIPT_HASH_VERSION[network]
    return base58check.encode(Uint8Array.of(prefix, ...program))
  }
  if (version > 16) return undefined
  if (program.length < 2 || program.length > 40) return undefined
  if (version === 0 && program.length !== 20 && program.length !== 32) return undefined
  const coder = version === 0 ? bech32 : bech32m
  return coder.encode(SEGWIT_PREFIX[network], [version, ...coder.toWords(program)], false)
}

/** One hop of a private route to the payee, as an `r` field lists it. */
export type RouteHop = {
  /** Node id (33-byte compressed key, hex) at the start of the channel. */
  pubkey: string
  /** block x transaction x output, e.g. "589390x3312x1". */
  shortChannelId: string
  feeBaseMsat: number
  feeProportionalMillionths: number
  cltvExpiryDelta: number
}

const HOP_BYTES = 51

/** The hops of one `r` field, or undefined when its length is not a whole number of hops. */
export function readRouteHint(words: readonly number[]): RouteHop[] | undefined {
  const bytes = wordsToBytes(words)
  if (bytes.length === 0 || bytes.length % HOP_BYTES !== 0) return undefined
  const hops: RouteHop[] = []
  for (let at = 0; at < bytes.length; at += HOP_BYTES) {
    const hop = bytes.subarray(at, at + HOP_BYTES)
    const channel = hop.subarray(33, 41)
    hops.push({
      pubkey: bytesToHex(hop.subarray(0, 33)),
      shortChannelId: `${uint(channel.subarray(0, 3))}x${uint(channel.subarray(3, 6))}x${uint(channel.subarray(6, 8))}`,
      feeBaseMsat: uint(hop.subarray(41, 45)),
      feeProportionalMillionths: uint(hop.subarray(45, 49)),
      cltvExpiryDelta: uint(hop.subarray(49, 51)),
    })
  }
  return hops
}
