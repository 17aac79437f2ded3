import type { NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { formatAddress } from './address'
import { isDueAt } from './clock'
import type { RatedReviews } from './reputation'
import { rateReviews } from './reputation'
import type { Deal, DealIndex } from './reputation-deals'
import { HOW, NEWCOMER_NOTE } from './reputation-how'
import type { UnverifiableEarning } from './reputation-nutzaps'
import { unverifiableNutzaps } from './reputation-nutzaps'
import type { ReviewSet } from './reputation-reviews'
import type { BitcoinerReview, Review, TroubleshooterReview } from './review'

/** A number shown to people, with how it was made in one or two plain sentences. */
export type Figure<T> = { value: T; how: string }

/** A payment proven by its receipt (src/lightning/earnings.ts `checkEarnings(...).counted`). */
export type ProvenPayment = {
  receiptId: string
  sender: string
  recipient: string
  amountMsats: number
  /** The offer (or SatShoot order) it pays for. */
  offer?: Address
  paidAt: number
}

/** A receipt that did not count (`checkEarnings(...).refused`). */
export type RefusedPayment = {
  receiptId: string
  reason: string
  recipient?: string
  sender?: string
}

export type ReputationInput = {
  /** From `collectReviews`; only the person's entries are read. */
  reviews: ReviewSet
  /** From `indexDeals`. */
  deals: DealIndex
  /** Receipts that passed the checks; only those sent or received by the person are used. */
  payments: readonly ProvenPayment[]
  /** Receipts that failed them; those claiming the person as sender or recipient are listed. */
  refusedPayments?: readonly RefusedPayment[]
  /** Kind 9321 events; those naming the person are listed as unverifiable, never counted. */
  nutzaps?: readonly NostrEvent[]
}

/** A review that does not count, with why; `review` is absent when it could not even be read. */
export type UnverifiedEntry = {
  id: string
  author: string
  createdAt: number
  text: string
  reason: string
  review?: Review
}

export type TroubleshooterReputation = {
  verifiedReviews: Figure<number>
  /** Mean QTS score in [0, 1]; undefined without verified reviews. */
  score: Figure<number | undefined>
  /** In [0, 1]; undefined without verified reviews. */
  positiveShare: Figure<number | undefined>
  dealsWon: Figure<number>
  resolved: Figure<number>
  failed: Figure<number>
  earningsSats: Figure<number>
  reviews: RatedReviews<TroubleshooterReview>
  deals: Deal[]
  payments: ProvenPayment[]
}

export type BitcoinerReputation = {
  verifiedReviews: Figure<number>
  score: Figure<number | undefined>
  positiveShare: Figure<number | undefined>
  deals: Figure<number>
  dealsPaidFor: Figure<number>
  paymentsSentSats: Figure<number>
  reviews: RatedReviews<BitcoinerReview>
  payments: ProvenPayment[]
}

/** Everything the profile page and badges show about one person's track record. */
export type PersonReputation = {
  pubkey: string
  /** True when there is no verified history at all (no deal, verified review or proven payment). */
  newcomer: boolean
  newcomerNote?: string
  asTroubleshooter: TroubleshooterReputation
  asBitcoiner: BitcoinerReputation
  /** Reviews of this person that do not count, newest first. */
  unverifiedReviews: UnverifiedEntry[]
  /** Payments claimed but uncheckable (Cashu nutzaps), never counted. */
  unverifiableEarnings: UnverifiableEarning[]
  /** Zap receipts about this person that failed the checks, never counted. */
  refusedPayments: RefusedPayment[]
}

const sats = (payments: readonly ProvenPayment[]) =>
  Math.floor(payments.reduce((sum, p) => sum + p.amountMsats, 0) / 1000)

const dealOfPayment = (payment: ProvenPayment, deals: DealIndex): Deal | undefined => {
  if (!payment.offer) return undefined
  const key = formatAddress(payment.offer)
  return deals.byOffer.get(key) ?? deals.byOrder.get(key)
}

const asEntry = (review: Review, reason: string): UnverifiedEntry => ({
  id: review.id,
  author: review.author,
  createdAt: review.createdAt,
  text: review.text,
  reason,
  review,
})

/**
 * One person's reputation from data already checked (signatures verified, reviews collected,
 * deals indexed, receipts checked): figures each with their `how`, unverified reviews and
 * uncheckable earnings apart. `now` holds back nutzaps dated in the future like every event.
 */
export const personReputation = (
  pubkey: string,
  input: ReputationInput,
  now: number,
): PersonReputation => {
  const reviews = input.reviews.byPerson.get(pubkey) ?? []
  const ofTroubleshooter = rateReviews(
    reviews.filter((r): r is TroubleshooterReview => r.about === 'troubleshooter'),
    input.deals,
  )
  const ofBitcoiner = rateReviews(
    reviews.filter((r): r is BitcoinerReview => r.about === 'bitcoiner'),
    input.deals,
  )
  const deals = input.deals.byPerson.get(pubkey) ?? []
  const won = deals.filter((deal) => deal.troubleshooter === pubkey)
  const asClient = deals.filter((deal) => deal.bitcoiner === pubkey)
  const received = input.payments.filter((p) => p.recipient === pubkey)
  const sent = input.payments.filter((p) => p.sender === pubkey)
  const paidDeals = new Set(
    sent.flatMap((p) => {
      const deal = dealOfPayment(p, input.deals)
      return deal && deal.bitcoiner === pubkey ? [formatAddress(deal.request)] : []
    }),
  )
  const t = HOW.troubleshooter
  const b = HOW.bitcoiner
  const unverifiedReviews = [
    ...ofTroubleshooter.unverified.map((u) => asEntry(u.review, u.reason)),
    ...ofBitcoiner.unverified.map((u) => asEntry(u.review, u.reason)),
    ...(input.reviews.unreadable.get(pubkey) ?? []),
  ].sort((x, y) => y.createdAt - x.createdAt)
  const newcomer =
    deals.length === 0 &&
    ofTroubleshooter.counted.length === 0 &&
    ofBitcoiner.counted.length === 0 &&
    received.length === 0 &&
    sent.length === 0
  return {
    pubkey,
    newcomer,
    ...(newcomer && { newcomerNote: NEWCOMER_NOTE }),
    asTroubleshooter: {
      verifiedReviews: { value: ofTroubleshooter.counted.length, how: t.verifiedReviews },
      score: { value: ofTroubleshooter.score, how: t.score },
      positiveShare: { value: ofTroubleshooter.positiveShare, how: t.positiveShare },
      dealsWon: { value: won.length, how: t.dealsWon },
      resolved: { value: won.filter((d) => d.outcome === 'resolved').length, how: t.resolved },
      failed: { value: won.filter((d) => d.outcome === 'failed').length, how: t.failed },
      earningsSats: { value: sats(received), how: t.earnings },
      reviews: ofTroubleshooter,
      deals: won,
      payments: received,
    },
    asBitcoiner: {
      verifiedReviews: { value: ofBitcoiner.counted.length, how: b.verifiedReviews },
      score: { value: ofBitcoiner.score, how: b.score },
      positiveShare: { value: ofBitcoiner.positiveShare, how: b.positiveShare },
      deals: { value: asClient.length, how: b.deals },
      dealsPaidFor: { value: paidDeals.size, how: b.dealsPaidFor },
      paymentsSentSats: { value: sats(sent), how: b.paymentsSent },
      reviews: ofBitcoiner,
      payments: sent,
    },
    unverifiedReviews,
    unverifiableEarnings: unverifiableNutzaps(
      pubkey,
      (input.nutzaps ?? []).filter((e) => isDueAt(e.created_at, now)),
    ),
    refusedPayments: (input.refusedPayments ?? []).filter(
      (r) => r.recipient === pubkey || r.sender === pubkey,
    ),
  }
}
