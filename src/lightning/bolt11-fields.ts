import { accept, reject, type ReadResult } from '@/nostr/read-result'
import { readFeatureBits } from './bolt11-features'
import type { Network } from './bolt11-hrp'
import { readFallbackAddress, readRouteHint, type RouteHop } from './bolt11-onchain'
import { wordsToBytes, wordsToNumber } from './bolt11-words'

/** The tagged fields of an invoice's data part, before any payer checks. */
export type TaggedFields = {
  paymentHash?: Uint8Array
  paymentSecret?: Uint8Array
  description?: string
  descriptionHash?: Uint8Array
  payeeNodeKey?: Uint8Array
  expiry?: number
  minFinalCltvExpiry?: number
  metadata?: Uint8Array
  features: number[]
  fallbackAddresses: string[]
  routeHints: RouteHop[][]
}

/** Field types as 5-bit values (`p` = 1, `s` = 16…, `9` = 5). */
const FIELD = { p: 1, s: 16, d: 13, m: 27, n: 19, h: 23, x: 6, c: 24, f: 9, r: 3, features: 5 }
/** p, h, s, n with another length must be skipped: a future version may use it. */
const FIXED_LENGTH: Record<number, number> = { 1: 52, 23: 52, 16: 52, 19: 53 }
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** Reads every tagged field; when a field repeats, the first usable one wins. */
export function readTaggedFields(
  words: readonly number[],
  network: Network,
): ReadResult<TaggedFields> {
  const fields: TaggedFields = { features: [], fallbackAddresses: [], routeHints: [] }
  let seenFeatures = false
  let at = 0
  while (at < words.length) {
    const type = words[at] ?? 0
    const length = (words[at + 1] ?? 0) * 32 + (words[at + 2] ?? 0)
    if (at + 3 > words.length || at + 3 + length > words.length) {
      return reject('The invoice is cut short: one of its fields runs past the end.')
    }
    const data = words.slice(at + 3, at + 3 + length)
    at += 3 + length
    const expected = FIXED_LENGTH[type]
    if (expected !== undefined && length !== expected) continue

    switch (type) {
      case FIELD.p:
        fields.paymentHash ??= wordsToBytes(data)
        break
      case FIELD.s:
        fields.paymentSecret ??= wordsToBytes(data)
        break
      case FIELD.h:
        fields.descriptionHash ??= wordsToBytes(data)
        break
      case FIELD.n:
        fields.payeeNodeKey ??= wordsToBytes(data)
        break
      case FIELD.m:
        fields.metadata ??= wordsToBytes(data)
        break
      case FIELD.d:
        if (fields.description === undefined) {
          try {
            fields.description = strictUtf8.decode(wordsToBytes(data))
          } catch {
            return reject('The invoice description is not valid UTF-8 text.')
          }
        }
        break
      case FIELD.x:
      case FIELD.c: {
        const value = wordsToNumber(data)
        if (value === undefined) return reject('The invoice has an impossibly large expiry.')
        if (type === FIELD.x) fields.expiry ??= value
        else fields.minFinalCltvExpiry ??= value
        break
      }
      case FIELD.features:
        if (!seenFeatures) fields.features = readFeatureBits(data)
        seenFeatures = true
        break
      case FIELD.f: {
        const address = readFallbackAddress(data, network)
        if (address) fields.fallbackAddresses.push(address)
        break
      }
      case FIELD.r: {
        const hops = readRouteHint(data)
        if (!hops) return reject('The invoice has a malformed route hint.')
        fields.routeHints.push(hops)
        break
      }
      default:
        break // unknown field: readers skip it
    }
  }
  return accept(fields)
}
