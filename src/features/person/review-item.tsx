import { npubEncode } from 'nostr-tools/nip19'
import type { ReactNode } from 'react'
import { Link } from '@/components/router'
import { PersonChip } from '@/components/ui/person-chip'
import { TimeAgo } from '@/components/ui/time-ago'
import { UserText } from '@/components/ui/user-text'
import type { Review } from '@/nostr/review'

/** The ratings of a review in words: "Solved · expertise · communication", "Not solved". */
export const ratingWords = (review: Review): string => {
  if (review.about === 'troubleshooter') {
    const { success, expertise, communication } = review.ratings
    if (!success) return 'Not solved'
    return ['Solved', expertise && 'expertise', communication && 'communication']
      .filter(Boolean)
      .join(' · ')
  }
  const { thumb, communication } = review.ratings
  if (!thumb) return 'Thumb down'
  return ['Thumb up', communication && 'communication'].filter(Boolean).join(' · ')
}

type Props = {
  author: string
  createdAt: number
  text: string
  /** What the review says in ratings, or why it does not count. */
  headline: ReactNode
  tone: 'positive' | 'negative' | 'muted'
}

const tones = {
  positive: 'text-emerald-800 dark:text-emerald-300',
  negative: 'text-red-800 dark:text-red-300',
  muted: 'text-stone-600 dark:text-stone-400',
}

/** One review: who wrote it (a link to them), when, its ratings or status, and its text. */
export function ReviewItem({ author, createdAt, text, headline, tone }: Props) {
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-3 text-sm dark:border-stone-800 dark:bg-stone-900">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link to={`/p/${npubEncode(author)}`} className="min-w-0 font-medium hover:underline">
          <PersonChip pubkey={author} />
        </Link>
        <TimeAgo timestamp={createdAt} className="text-xs text-stone-500" />
      </div>
      <p className={`mt-1 text-xs font-semibold ${tones[tone]}`}>{headline}</p>
      {text.trim() && (
        <UserText as="p" preWrap lines={4} className="mt-1 leading-relaxed">
          {text}
        </UserText>
      )}
    </article>
  )
}
