import type { NostrEvent } from 'nostr-tools'
import { formatAddress, sameAddress } from './address'
import type { Offer } from './offer'
import { readOffer } from './offer'
import type { BitcoinerReview, Review, TroubleshooterReview } from './review'
import { readReview } from './review'
import type { Ticket } from './ticket'
import { readTicket } from './ticket'

/** QTS weights; each review scores Σ weight × rating, in [0, 1]. */
export const TROUBLESHOOTER_WEIGHTS = { success: 0.5, expertise: 0.3, communication: 0.2 } as const
export const BITCOINER_WEIGHTS = { thumb: 0.5, communication: 0.5 } as const

/** The score of one review in [0, 1]; a failed deal (success/thumb 0) scores 0 whatever else. */
export const reviewScore = (review: Review): number => {
  if (review.about === 'troubleshooter') {
    const { success, expertise, communication } = review.ratings
    if (!success) return 0
    const w = TROUBLESHOOTER_WEIGHTS
    return w.success + (expertise ? w.expertise : 0) + (communication ? w.communication : 0)
  }
  const { thumb, communication } = review.ratings
  if (!thumb) return 0
  return BITCOINER_WEIGHTS.thumb + (communication ? BITCOINER_WEIGHTS.communication : 0)
}

/** The deals a set of tickets and offers describe, newest version of each ticket only. */
export type Deals = { tickets: readonly Ticket[]; offers?: readonly Offer[] }

const newestTickets = (tickets: readonly Ticket[]): Map<string, Ticket> => {
  const byAddress = new Map<string, Ticket>()
  for (const ticket of tickets) {
    const key = formatAddress(ticket.address)
    const known = byAddress.get(key)
    if (!known || ticket.createdAt > known.createdAt) byAddress.set(key, ticket)
  }
  return byAddress
}

/**
 * Why a review is or is not verified. A troubleshooter review is verified when its author wrote
 * the ticket whose `a` names the reviewed offer (and, when that offer is known, the offer answers
 * that ticket). A Bitcoiner review is verified when its author wrote the offer the reviewed
 * ticket's `a` names.
 */
export const verifyReview = (
  review: Review,
  deals: Deals,
): { verified: true } | { verified: false; reason: string } => {
  const tickets = [...newestTickets(deals.tickets).values()]
  if (review.about === 'troubleshooter') {
    const ticket = tickets.find((t) => sameAddress(t.acceptedOffer, review.offer))
    if (!ticket) return { verified: false, reason: 'no known ticket accepted the reviewed offer' }
    if (ticket.pubkey !== review.author) {
      return {
        verified: false,
        reason: 'the reviewer did not write the ticket that accepted this offer',
      }
    }
    const offer = deals.offers?.find((o) => sameAddress(o.address, review.offer))
    if (offer && !sameAddress(offer.ticket, ticket.address)) {
      return { verified: false, reason: 'the reviewed offer answers a different ticket' }
    }
    return { verified: true }
  }
  const ticket = tickets.find((t) => sameAddress(t.address, review.ticket))
  if (!ticket) return { verified: false, reason: 'the reviewed ticket is not known' }
  if (!ticket.acceptedOffer)
    return { verified: false, reason: 'the reviewed ticket accepted no offer' }
  if (ticket.acceptedOffer.pubkey !== review.author) {
    return { verified: false, reason: 'the reviewer did not write the accepted offer' }
  }
  return { verified: true }
}

/** The reputation of one person in one role. `score` is undefined when nothing verified counts. */
export type RoleReputation<R extends Review> = {
  score: number | undefined
  /** The verified reviews that count: the newest per deal. */
  counted: R[]
  /** Shown apart, never counted. */
  unverified: { review: R; reason: string }[]
}

export type Reputation = {
  asTroubleshooter: RoleReputation<TroubleshooterReview>
  asBitcoiner: RoleReputation<BitcoinerReview>
}

const newer = (a: Review, b: Review) =>
  a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id)

const role = <R extends Review>(
  reviews: R[],
  deals: Deals,
  dealOf: (r: R) => string,
): RoleReputation<R> => {
  const newest = new Map<string, R>()
  const unverified: { review: R; reason: string }[] = []
  for (const review of reviews) {
    const check = verifyReview(review, deals)
    if (!check.verified) {
      unverified.push({ review, reason: check.reason })
      continue
    }
    const key = dealOf(review)
    const known = newest.get(key)
    if (!known || newer(review, known)) newest.set(key, review)
  }
  const counted = [...newest.values()].sort((a, b) => b.createdAt - a.createdAt)
  const score =
    counted.length === 0
      ? undefined
      : counted.reduce((sum, r) => sum + reviewScore(r), 0) / counted.length
  return { score, counted, unverified }
}

/**
 * The QTS reputation of `pubkey` from raw events: reviews (kind 1986) plus the tickets and offers
 * that prove who dealt with whom. Unreadable events are ignored; one verified review per deal and
 * direction counts (the newest); the score is the mean of the counted reviews' scores.
 */
export const reputationOf = (
  pubkey: string,
  events: {
    reviews: readonly NostrEvent[]
    tickets: readonly NostrEvent[]
    offers?: readonly NostrEvent[]
  },
): Reputation => {
  const reviews = events.reviews.flatMap((e) => {
    const read = readReview(e)
    return read.ok ? [read.value] : []
  })
  const deals: Deals = {
    tickets: events.tickets.flatMap((e) => {
      const read = readTicket(e)
      return read.ok ? [read.value] : []
    }),
    offers: (events.offers ?? []).flatMap((e) => {
      const read = readOffer(e)
      return read.ok ? [read.value] : []
    }),
  }
  return scoreReviews(pubkey, reviews, deals)
}

/** `reputationOf` for reviews, tickets and offers that were already read. */
export const scoreReviews = (
  pubkey: string,
  reviews: readonly Review[],
  deals: Deals,
): Reputation => ({
  asTroubleshooter: role(
    reviews.filter(
      (r): r is TroubleshooterReview => r.about === 'troubleshooter' && r.troubleshooter === pubkey,
    ),
    deals,
    (r) => `${r.author}>${formatAddress(r.offer)}`,
  ),
  asBitcoiner: role(
    reviews.filter((r): r is BitcoinerReview => r.about === 'bitcoiner' && r.bitcoiner === pubkey),
    deals,
    (r) => `${r.author}>${formatAddress(r.ticket)}`,
  ),
})
