import { npubEncode } from 'nostr-tools/nip19'
import { Link } from '@/components/router'
import { PersonChip } from '@/components/ui/person-chip'
import { PublishState } from '@/components/ui/publish-state'
import { TimeAgo } from '@/components/ui/time-ago'
import { UserText } from '@/components/ui/user-text'
import type { DealReview } from '@/hooks/use-reviews'
import type { Review } from '@/nostr/review'

const ratingsOf = (review: Review): { label: string; yes: boolean }[] =>
  review.about === 'troubleshooter'
    ? [
        { label: 'Problem solved', yes: review.ratings.success },
        { label: 'Knew their stuff', yes: review.ratings.expertise },
        { label: 'Clear and quick', yes: review.ratings.communication },
      ]
    : [
        { label: 'Would help again', yes: review.ratings.thumb },
        { label: 'Clear and quick', yes: review.ratings.communication },
      ]

const pill = 'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1'
const yesPill = `${pill} bg-emerald-50 text-emerald-900 ring-emerald-200 dark:bg-emerald-950/50 dark:text-emerald-200 dark:ring-emerald-900`
const noPill = `${pill} bg-stone-100 text-stone-700 ring-stone-300 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-700`

/**
 * One review of a deal: who wrote it and when, whether it counts (verified: its author was the
 * other party of this deal) or why not, the answers and the words, and where it stands on its
 * way to the relays when it is the viewer's own.
 */
export function ReviewCard({ item, title }: { item: DealReview; title: string }) {
  const { review, verification } = item
  return (
    <article
      aria-label={title}
      className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        <TimeAgo timestamp={review.createdAt} className="text-xs text-stone-500" />
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-stone-600 dark:text-stone-400">
        By
        <Link
          to={`/p/${npubEncode(review.author)}`}
          className="min-w-0 font-medium hover:underline"
        >
          <PersonChip pubkey={review.author} size="sm" />
        </Link>
      </p>
      {verification.verified ? (
        <p className="mt-2 text-xs font-semibold text-emerald-800 dark:text-emerald-300">
          ✓ Verified: written by the other party of this deal
        </p>
      ) : (
        <p className="mt-2 text-xs font-semibold text-amber-900 dark:text-amber-200">
          Not counted — unverified: {verification.reason}
        </p>
      )}
      <ul className="mt-3 flex flex-wrap gap-2" aria-label="Answers">
        {ratingsOf(review).map(({ label, yes }) => (
          <li key={label} className={yes ? yesPill : noPill}>
            <span aria-hidden="true">{yes ? '✓' : '✗'}</span>
            {label}
            <span className="sr-only">: {yes ? 'yes' : 'no'}</span>
          </li>
        ))}
      </ul>
      {review.text.trim() && (
        <UserText as="p" preWrap className="mt-3 text-sm leading-relaxed">
          {review.text}
        </UserText>
      )}
      {item.waiting && <PublishState eventId={item.event.id} what="your review" />}
    </article>
  )
}
