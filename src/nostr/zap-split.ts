import type { Tag } from './tags'
import { isHex64 } from './tags'
import { normalizeRelayUrl } from './safe-url'

/** One NIP-57 zap split recipient; `share` is a fraction, all shares of an event sum to 1. */
export type ZapSplit = { pubkey: string; relay?: string; share: number }

/**
 * Reads NIP-57 appendix G `zap` tags. Weights are relative: SatShoot has written percentages
 * ("95", "5") and parts per 10,000 ("9500", "500"); both come out as the same shares. Tags with a
 * malformed pubkey are skipped. When no tag has a weight, the split is equal; when some do,
 * the ones without a weight get nothing (as NIP-57 says).
 */
export const readZapSplits = (tags: readonly Tag[]): ZapSplit[] => {
  const entries = tags
    .filter((tag) => tag[0] === 'zap' && isHex64(tag[1]))
    .map((tag) => {
      const weight =
        tag[3] !== undefined && /^\d+(\.\d+)?$/.test(tag[3]) ? Number(tag[3]) : undefined
      const relay = normalizeRelayUrl(tag[2])
      return { pubkey: tag[1] as string, relay, weight }
    })
  if (entries.length === 0) return []
  const anyWeight = entries.some((entry) => entry.weight !== undefined)
  const weights = entries.map((entry) => (anyWeight ? (entry.weight ?? 0) : 1))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  if (total <= 0) return []
  return entries.flatMap((entry, index) => {
    const share = (weights[index] ?? 0) / total
    if (share === 0) return []
    return [
      entry.relay
        ? { pubkey: entry.pubkey, relay: entry.relay, share }
        : { pubkey: entry.pubkey, share },
    ]
  })
}

/** A single `zap` tag sending everything to `pubkey`. */
export const zapTag = (pubkey: string, relay?: string): Tag => [
  'zap',
  pubkey,
  normalizeRelayUrl(relay) ?? '',
  '1',
]
