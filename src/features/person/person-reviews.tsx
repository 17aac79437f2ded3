import type { PersonReputation } from '@/nostr/reputation-person'
import { isPositive } from '@/nostr/reputation'
import { ReviewItem, ratingWords } from './review-item'
import { satsText } from './reputation-format'
import { SectionHeading } from './section-heading'

const SHOWN = 20

/**
 * The reviews of this person: the verified ones that count (newest per deal), then, apart, the
 * ones that do not count — each with why — and payments that could not be checked.
 */
export function PersonReviews({ reputation }: { reputation: PersonReputation }) {
  const verified = [
    ...reputation.asTroubleshooter.reviews.counted.map((v) => ({
      ...v,
      role: 'as troubleshooter',
    })),
    ...reputation.asBitcoiner.reviews.counted.map((v) => ({ ...v, role: 'as Bitcoiner' })),
  ].sort((a, b) => b.review.createdAt - a.review.createdAt)
  const unverified = reputation.unverifiedReviews
  const uncheckable = reputation.unverifiableEarnings
  // a newcomer's note already says there is nothing yet
  if (reputation.newcomer && unverified.length === 0 && uncheckable.length === 0) return null
  return (
    <section aria-labelledby="reviews-heading" className="mt-8">
      <SectionHeading id="reviews-heading" aside={`${verified.length} verified`}>
        Reviews
      </SectionHeading>
      {verified.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500 italic">No verified review yet.</p>
      ) : (
        <ul aria-label="Verified reviews" className="mt-2 space-y-2">
          {verified.slice(0, SHOWN).map(({ review, role }) => (
            <li key={review.id}>
              <ReviewItem
                author={review.author}
                createdAt={review.createdAt}
                text={review.text}
                headline={`Verified, ${role}: ${ratingWords(review)}`}
                tone={isPositive(review) ? 'positive' : 'negative'}
              />
            </li>
          ))}
        </ul>
      )}
      {verified.length > SHOWN && (
        <p className="mt-2 text-xs text-stone-500">
          The {SHOWN} newest of {verified.length} verified reviews are shown; all of them count.
        </p>
      )}
      {(unverified.length > 0 || uncheckable.length > 0) && (
        <section aria-labelledby="not-counted-heading" className="mt-6">
          <h3 id="not-counted-heading" className="font-semibold">
            Not counted
          </h3>
          <p className="mt-0.5 text-xs text-stone-500 dark:text-stone-400">
            Listed so nothing is hidden; none of these moves a figure above.
          </p>
          <ul aria-label="Reviews and payments that do not count" className="mt-2 space-y-2">
            {unverified.slice(0, SHOWN).map((entry) => (
              <li key={entry.id}>
                <ReviewItem
                  author={entry.author}
                  createdAt={entry.createdAt}
                  text={entry.text}
                  headline={`Unverified — does not count: ${entry.reason}${entry.review ? ` (says: ${ratingWords(entry.review)})` : ''}`}
                  tone="muted"
                />
              </li>
            ))}
            {uncheckable.slice(0, SHOWN).map((earning) => (
              <li key={earning.id}>
                <ReviewItem
                  author={earning.sender}
                  createdAt={earning.createdAt}
                  text=""
                  headline={`Payment not counted${earning.claimedSats !== undefined ? ` (claims ${satsText(earning.claimedSats)})` : ''}: ${earning.reason}`}
                  tone="muted"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
