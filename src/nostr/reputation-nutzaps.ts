import type { NostrEvent } from 'nostr-tools'
import { tagValue } from './tags'

/** Cashu nutzaps (NIP-61), which SatShoot counts as earnings. */
export const NUTZAP_KIND = 9321

/** A payment someone claims but nobody can check: listed apart, never counted. */
export type UnverifiableEarning = {
  id: string
  kind: number
  /** Who sent it, as the event says. */
  sender: string
  /** What its proofs claim, in sats (NIP-61 `proof` tags' amounts); undefined when unreadable. */
  claimedSats?: number
  createdAt: number
  reason: string
}

const NUTZAP_REASON =
  'a Cashu nutzap: nothing public proves its tokens were real or redeemed, so it never counts'

const claimedSats = (event: NostrEvent): number | undefined => {
  const unit = tagValue(event.tags, 'unit') ?? 'sat'
  if (unit !== 'sat') return undefined
  let sum = 0
  for (const tag of event.tags) {
    if (tag[0] !== 'proof') continue
    try {
      const amount: unknown = (JSON.parse(tag[1] ?? '') as { amount?: unknown }).amount
      if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0)
        return undefined
      sum += amount
    } catch {
      return undefined
    }
  }
  return sum
}

/** The nutzaps to `pubkey` among `events` (kind 9321, `p` = pubkey), each listed once. */
export const unverifiableNutzaps = (
  pubkey: string,
  events: readonly NostrEvent[],
): UnverifiableEarning[] => {
  const seen = new Set<string>()
  return events.flatMap((event) => {
    if (event.kind !== NUTZAP_KIND || seen.has(event.id)) return []
    if (!event.tags.some((tag) => tag[0] === 'p' && tag[1] === pubkey)) return []
    seen.add(event.id)
    const sats = claimedSats(event)
    return [
      {
        id: event.id,
        kind: NUTZAP_KIND,
        sender: event.pubkey,
        ...(sats !== undefined && { claimedSats: sats }),
        createdAt: event.created_at,
        reason: NUTZAP_REASON,
      },
    ]
  })
}
