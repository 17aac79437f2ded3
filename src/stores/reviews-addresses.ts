import type { NostrEvent } from 'nostr-tools'
import { readAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import { SATSHOOT_ORDER_KIND } from '@/nostr/satshoot-order'
import { useMarketplace } from './marketplace'
import { useReviews } from './reviews'

// Which addresses one person's reputation needs asked about (reviews-sync.ts), from the stores.

/** The kinds of a person's own events that reviews name in their `a` (SatShoot: no `p`). */
const OWN_KINDS: readonly number[] = [
  Kind.Offer,
  Kind.Ticket,
  Kind.TroubleshooterCard,
  SATSHOOT_ORDER_KIND,
]
/** Kinds kept raw in the reviews store (their `a` tags prove SatShoot's deals). */
export const RAW_KINDS: readonly number[] = [Kind.TroubleshooterCard, SATSHOOT_ORDER_KIND]

/** The kind of an address string. */
export const kindOf = (address: string) => Number(address.slice(0, address.indexOf(':')))
const aTags = (event: NostrEvent) => event.tags.filter((tag) => tag[0] === 'a')

/**
 * The person's own addresses (offers, tickets, cards, orders, and those their reviews name) and
 * the other side of their requests (the offers their tickets accepted, the cards they ordered).
 */
export const addressesOf = (person: string) => {
  const own = new Set<string>()
  const paidTo = new Set<string>()
  const { tickets, offers, cards } = useMarketplace.getState()
  for (const [address, ticket] of Object.entries(tickets)) {
    if (ticket.pubkey !== person) continue
    own.add(address)
    if (ticket.acceptedOffer)
      paidTo.add(`${Kind.Offer}:${ticket.acceptedOffer.pubkey}:${ticket.acceptedOffer.d}`)
  }
  for (const map of [offers, cards])
    for (const [address, item] of Object.entries(map)) if (item.pubkey === person) own.add(address)
  const raw = useReviews.getState()
  for (const [address, event] of [...Object.entries(raw.orders), ...Object.entries(raw.cards)]) {
    if (event.pubkey !== person) continue
    own.add(address)
    if (event.kind !== SATSHOOT_ORDER_KIND) continue
    for (const tag of aTags(event))
      if (readAddress(tag[1]).ok && kindOf(tag[1] ?? '') === Kind.TroubleshooterCard)
        paidTo.add(tag[1] ?? '')
  }
  for (const event of Object.values(raw.reviews[person] ?? {})) {
    for (const tag of aTags(event)) {
      const read = readAddress(tag[1])
      if (read.ok && read.value.pubkey === person && OWN_KINDS.includes(read.value.kind))
        own.add(`${read.value.kind}:${person}:${read.value.d}`)
    }
  }
  return { own, paidTo }
}

/** Filters that fetch the addresses nobody has sent yet: tickets and offers, or raw cards and orders. */
export const missingFilters = (addresses: readonly string[]) => {
  const market = useMarketplace.getState()
  const raw = useReviews.getState()
  const groups = new Map<string, { kind: number; pubkey: string; ds: string[] }>()
  for (const address of addresses) {
    const read = readAddress(address)
    if (!read.ok) continue
    const { kind, pubkey, d } = read.value
    const known = RAW_KINDS.includes(kind)
      ? (raw.orders[address] ?? raw.cards[address])
      : (market.tickets[address] ?? market.offers[address])
    if (known) continue
    const key = `${kind}:${pubkey}`
    const group = groups.get(key) ?? { kind, pubkey, ds: [] }
    group.ds.push(d)
    groups.set(key, group)
  }
  const filters = [...groups.values()].map(({ kind, pubkey, ds }) => ({
    kinds: [kind],
    authors: [pubkey],
    '#d': ds,
  }))
  return {
    market: filters.filter((f) => !RAW_KINDS.includes(f.kinds[0] ?? 0)),
    raw: filters.filter((f) => RAW_KINDS.includes(f.kinds[0] ?? 0)),
  }
}
