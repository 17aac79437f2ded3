import { create } from 'zustand'
import type { NostrEvent } from 'nostr-tools'
import { eventAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import { SATSHOOT_ORDER_KIND } from '@/nostr/satshoot-order'
import { isNewerVersion } from '@/nostr/versions'

/**
 * Who signs a person's zap receipts: the `nostrPubkey` of their lightning address's LNURL server
 * (NIP-57 appendix F). Without it no zap receipt of theirs can be checked: `unverifiable`.
 */
export type ZapSigner =
  | { state: 'loading' }
  | { state: 'known'; address: string; nostrPubkey: string; lnurl: string }
  | { state: 'unverifiable'; reason: string }

/**
 * The raw material of reputation, beside the marketplace store (which holds the tickets and
 * offers that prove the deals): review events and zap receipts whose signatures src/ndk checked,
 * by the person they are about. Fed by src/stores/reviews-sync.ts; read through
 * hooks/use-person-reputation.ts.
 */
export type ReviewsState = {
  /** Reviews (kind 1986) about a person, by their pubkey, then by event id. */
  reviews: Record<string, Record<string, NostrEvent>>
  /** Zap receipts (kind 9735) paying a person (their `p`), by that pubkey, then by event id. */
  zapReceipts: Record<string, Record<string, NostrEvent>>
  /** Cashu nutzaps (kind 9321) to a person: listed apart, never counted. By their pubkey, id. */
  nutzaps: Record<string, Record<string, NostrEvent>>
  /**
   * Raw SatShoot orders (kind 32766) and cards (32765, whose `a` tags list the orders they
   * accepted): the deals of SatShoot's service reviews. Newest version per address.
   */
  orders: Record<string, NostrEvent>
  cards: Record<string, NostrEvent>
  /** The key that signs each person's zap receipts, once asked for. */
  zapSigners: Record<string, ZapSigner>
  /** People whose reviews, deals and receipts the relays sent everything stored. */
  settled: Record<string, true>
}

/** One event and the person it is about. */
export type AboutPerson = { person: string; event: NostrEvent }

type ReviewsActions = {
  /** Adds review events (one store update for a burst). */
  addReviews: (items: readonly AboutPerson[]) => void
  /** Adds zap receipts (one store update for a burst). */
  addZapReceipts: (items: readonly AboutPerson[]) => void
  addNutzaps: (items: readonly AboutPerson[]) => void
  /** Keeps the newest version of each order or card (other kinds are ignored). */
  addDealEvents: (events: readonly NostrEvent[]) => void
  setZapSigner: (person: string, signer: ZapSigner) => void
  /** The relays sent what they had stored about `person`. */
  settle: (person: string) => void
}

/** Adds events to a map of maps; returns the same map when nothing was new. */
const addTo = (
  map: Record<string, Record<string, NostrEvent>>,
  items: readonly AboutPerson[],
): Record<string, Record<string, NostrEvent>> => {
  let next = map
  const copied = new Set<string>()
  for (const { person, event } of items) {
    if (next[person]?.[event.id]) continue
    if (next === map) next = { ...map }
    // each person's map is copied once per burst, not once per event
    const own = copied.has(person) ? (next[person] ?? {}) : { ...next[person] }
    copied.add(person)
    own[event.id] = event
    next[person] = own
  }
  return next
}

/** Keeps the newest version per address; returns the same map when nothing was newer. */
const newestByAddress = (
  map: Record<string, NostrEvent>,
  events: readonly NostrEvent[],
): Record<string, NostrEvent> => {
  let next = map
  for (const event of events) {
    const key = eventAddress(event)
    if (key === undefined) continue
    const known = next[key]
    const candidate = { id: event.id, createdAt: event.created_at }
    if (known && !isNewerVersion(candidate, { id: known.id, createdAt: known.created_at })) continue
    if (next === map) next = { ...map }
    next[key] = event
  }
  return next
}

export const emptyReviews = (): ReviewsState => ({
  reviews: {},
  zapReceipts: {},
  nutzaps: {},
  orders: {},
  cards: {},
  zapSigners: {},
  settled: {},
})

export const useReviews = create<ReviewsState & ReviewsActions>()((set) => ({
  ...emptyReviews(),
  addReviews: (items) =>
    set((state) => {
      const reviews = addTo(state.reviews, items)
      return reviews === state.reviews ? state : { reviews }
    }),
  addZapReceipts: (items) =>
    set((state) => {
      const zapReceipts = addTo(state.zapReceipts, items)
      return zapReceipts === state.zapReceipts ? state : { zapReceipts }
    }),
  addNutzaps: (items) =>
    set((state) => {
      const nutzaps = addTo(state.nutzaps, items)
      return nutzaps === state.nutzaps ? state : { nutzaps }
    }),
  addDealEvents: (events) =>
    set((state) => {
      const orders = newestByAddress(
        state.orders,
        events.filter((e) => e.kind === SATSHOOT_ORDER_KIND),
      )
      const cards = newestByAddress(
        state.cards,
        events.filter((e) => e.kind === Kind.TroubleshooterCard),
      )
      return orders === state.orders && cards === state.cards ? state : { orders, cards }
    }),
  setZapSigner: (person, signer) =>
    set((state) => ({ zapSigners: { ...state.zapSigners, [person]: signer } })),
  settle: (person) =>
    set((state) =>
      state.settled[person] ? state : { settled: { ...state.settled, [person]: true } },
    ),
}))
