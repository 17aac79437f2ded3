import type { NostrEvent } from 'nostr-tools'
import type { Network } from '@/lightning/bolt11'
import type { Earnings } from '@/lightning/earnings'
import { checkEarnings } from '@/lightning/earnings'
import { formatAddress } from '@/nostr/address'
import type { DealIndex } from '@/nostr/reputation-deals'
import { indexDeals } from '@/nostr/reputation-deals'
import type { PersonReputation } from '@/nostr/reputation-person'
import { personReputation } from '@/nostr/reputation-person'
import type { ReviewSet } from '@/nostr/reputation-reviews'
import { collectReviews } from '@/nostr/reputation-reviews'
import type { CardOrders, SatShootOrder } from '@/nostr/satshoot-order'
import { readCardOrders, readSatShootOrder } from '@/nostr/satshoot-order'
import type { MarketplaceState } from './marketplace'
import type { ReviewsState } from './reviews'

/**
 * One person's reputation from the stores, computed by the rules in src/nostr and
 * src/lightning/earnings.ts and kept until what it depends on changes: the deal index once per
 * change of the deals (shared by every person), the reviews when the person's reviews change, the
 * zap receipt checks (the slow part) only when their receipts, their servers' keys or their
 * deals change. Many badges of the same person cost one computation.
 */

export type ReputationSources = {
  market: Pick<MarketplaceState, 'tickets' | 'offers'>
  reviews: Pick<
    ReviewsState,
    'reviews' | 'zapReceipts' | 'zapSigners' | 'nutzaps' | 'orders' | 'cards'
  >
}

const NO_EVENTS: Record<string, NostrEvent> = {}

/** The last value of a computation and what it was computed from (compared by identity). */
type Kept<T> = { inputs: readonly unknown[]; value: T }
const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => Object.is(item, b[i]))
const keep = <T>(slot: { kept?: Kept<T> }, inputs: readonly unknown[], make: () => T): T => {
  if (slot.kept && same(slot.kept.inputs, inputs)) return slot.kept.value
  const value = make()
  slot.kept = { inputs, value }
  return value
}

const readAll = <T>(
  events: Record<string, NostrEvent>,
  read: (e: NostrEvent) => { ok: true; value: T } | { ok: false },
) =>
  Object.values(events).flatMap((event) => {
    const result = read(event)
    return result.ok ? [result.value] : []
  })

const dealSlot: { kept?: Kept<DealIndex> } = {}

/**
 * Every deal the stores prove, indexed once per change. Tickets and offers count even when their
 * author later deleted them: the signed versions still prove the deal happened.
 */
export const dealIndexOf = (sources: {
  market: ReputationSources['market']
  reviews: Pick<ReviewsState, 'orders' | 'cards'>
}): DealIndex => {
  const { tickets, offers } = sources.market
  const { orders, cards } = sources.reviews
  return keep(dealSlot, [tickets, offers, orders, cards], () =>
    indexDeals({
      tickets: Object.values(tickets),
      offers: Object.values(offers),
      orders: readAll<SatShootOrder>(orders, readSatShootOrder),
      cards: readAll<CardOrders>(cards, readCardOrders),
    }),
  )
}

type PersonSlots = {
  reviews: { kept?: Kept<ReviewSet> }
  earnings: { kept?: Kept<Earnings> }
  reputation: { kept?: Kept<PersonReputation> }
}
const slots = new Map<string, PersonSlots>()
const slotsOf = (person: string): PersonSlots => {
  let found = slots.get(person)
  if (!found) {
    found = { reviews: {}, earnings: {}, reputation: {} }
    slots.set(person, found)
  }
  return found
}

/**
 * The receipts that can speak of `person`'s deals: those paying them, and those paying the
 * troubleshooters of the deals they paid for (for their payments sent); with the deals and servers
 * they are checked against, as a string that changes only when one of those does.
 */
const earningsInputs = (person: string, sources: ReputationSources, deals: DealIndex) => {
  const mine = deals.byPerson.get(person) ?? []
  const paidFor = new Set(
    mine.filter((d) => d.bitcoiner === person).map((d) => formatAddress(d.answer)),
  )
  const payees = [
    ...new Set(mine.filter((d) => d.bitcoiner === person).map((d) => d.troubleshooter)),
  ]
  const { zapReceipts, zapSigners } = sources.reviews
  const receipts = [
    ...Object.values(zapReceipts[person] ?? NO_EVENTS),
    ...payees.flatMap((payee) =>
      payee === person
        ? []
        : Object.values(zapReceipts[payee] ?? NO_EVENTS).filter((receipt) =>
            receipt.tags.some((tag) => tag[0] === 'a' && paidFor.has(tag[1] ?? '')),
          ),
    ),
  ]
  const lnurlServers: Record<string, string> = {}
  for (const who of [person, ...payees]) {
    const signer = zapSigners[who]
    if (signer?.state === 'known') lnurlServers[who] = signer.nostrPubkey
  }
  const dealsKey = JSON.stringify(
    mine.map((d) => [
      d.via,
      d.bitcoiner,
      d.troubleshooter,
      formatAddress(d.request),
      formatAddress(d.answer),
    ]),
  )
  return { receipts, lnurlServers, key: [JSON.stringify(lnurlServers), dealsKey] }
}

/** The reputation of `person` from what the stores hold now. */
export const reputationFromStores = (
  person: string,
  sources: ReputationSources,
  now: number,
  network: Network,
): PersonReputation => {
  const slot = slotsOf(person)
  const deals = dealIndexOf(sources)
  const ownReviews = sources.reviews.reviews[person] ?? NO_EVENTS
  const reviews = keep(slot.reviews, [ownReviews], () =>
    collectReviews(Object.values(ownReviews), now),
  )
  const { receipts, lnurlServers, key } = earningsInputs(person, sources, deals)
  const earnings = keep(slot.earnings, [...receipts, ...key, network], () =>
    checkEarnings({ receipts, lnurlServers, deals, network }),
  )
  const nutzaps = sources.reviews.nutzaps[person] ?? NO_EVENTS
  return keep(slot.reputation, [reviews, deals, earnings, nutzaps], () =>
    personReputation(
      person,
      {
        reviews,
        deals,
        payments: earnings.counted,
        refusedPayments: earnings.refused,
        nutzaps: Object.values(nutzaps),
      },
      now,
    ),
  )
}
