import { formatAddress } from './address'
import type { Deal, DealIndex } from './reputation-deals'
import { verifyReview } from './reputation-verify'
import type { Review } from './review'

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

/** Positive: the Bitcoiner said the deal succeeded (success), or the troubleshooter gave a thumb up. */
export const isPositive = (review: Review): boolean =>
  review.about === 'troubleshooter' ? review.ratings.success : review.ratings.thumb

/** A verified review with the deal that proves it. */
export type VerifiedReview<R extends Review = Review> = { review: R; deal: Deal; score: number }

/** A review that does not count, and why in plain words. */
export type UnverifiedReview<R extends Review = Review> = { review: R; reason: string }

/** One person's reviews in one role, sorted out. */
export type RatedReviews<R extends Review = Review> = {
  /** The newest verified review per deal and author, newest first: these count. */
  counted: VerifiedReview<R>[]
  /** Older verified reviews of a deal, replaced by a newer one from the same author. */
  replaced: R[]
  /** Shown apart, never counted. */
  unverified: UnverifiedReview<R>[]
  /** Mean score of `counted`, undefined when nothing counts. */
  score: number | undefined
  /** Share of `counted` that is positive (`isPositive`), undefined when nothing counts. */
  positiveShare: number | undefined
}

const newer = (a: Review, b: Review) =>
  a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id < b.id)

const dealKey = (review: Review) =>
  `${review.about}>${review.author}>${formatAddress(review.reviewed)}`

/**
 * Sorts one role's reviews: each is verified against the deals (O(1) per review); of several
 * verified reviews by one author of one deal only the newest counts (ties: lower id, as NIP-01).
 */
export const rateReviews = <R extends Review>(
  reviews: readonly R[],
  deals: DealIndex,
): RatedReviews<R> => {
  const newest = new Map<string, VerifiedReview<R>>()
  const replaced: R[] = []
  const unverified: UnverifiedReview<R>[] = []
  for (const review of reviews) {
    const check = verifyReview(review, deals)
    if (!check.verified) {
      unverified.push({ review, reason: check.reason })
      continue
    }
    const key = dealKey(review)
    const known = newest.get(key)
    if (known && !newer(review, known.review)) {
      replaced.push(review)
      continue
    }
    if (known) replaced.push(known.review)
    newest.set(key, { review, deal: check.deal, score: reviewScore(review) })
  }
  const counted = [...newest.values()].sort((a, b) => b.review.createdAt - a.review.createdAt)
  const n = counted.length
  return {
    counted,
    replaced,
    unverified,
    score: n === 0 ? undefined : counted.reduce((sum, v) => sum + v.score, 0) / n,
    positiveShare: n === 0 ? undefined : counted.filter((v) => isPositive(v.review)).length / n,
  }
}
