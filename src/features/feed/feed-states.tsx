import { Link } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'
import { Skeleton } from '@/components/ui/skeleton'
import { topicLabel } from '@/nostr/topics'
import type { FeedFilter } from './feed-filter'

/** Three grey cards while the first tickets arrive. */
export function FeedSkeleton() {
  return (
    <div role="status" aria-label="Loading tickets" className="space-y-3">
      {[0, 1, 2].map((row) => (
        <div
          key={row}
          className="rounded-2xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
        >
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="mt-3 h-4 w-full" />
          <div className="mt-4 flex gap-2">
            <Skeleton className="h-5 w-16 rounded-full" />
            <Skeleton className="h-5 w-20 rounded-full" />
          </div>
          <Skeleton className="mt-4 h-4 w-40" />
        </div>
      ))}
    </div>
  )
}

/** Shown when the relays answered and there is nothing to list at all. */
export function FeedEmpty() {
  return (
    <EmptyState
      icon={<span className="text-xl font-bold">₿</span>}
      title="No open tickets yet"
      actions={
        <>
          <Link to="/new" className={buttonClass.primary}>
            Post a ticket
          </Link>
          <Link to="/relays" className={buttonClass.secondary}>
            Check relays
          </Link>
        </>
      }
    >
      Stuck with a hardware wallet, a node or a lightning channel? Post a ticket and troubleshooters
      will offer to help, for sats.
    </EmptyState>
  )
}

const describe = (filter: FeedFilter): string => {
  const query = filter.query.trim() ? `“${filter.query.trim()}”` : ''
  const topics = filter.topics.length > 0 ? filter.topics.map(topicLabel).join(' or ') : ''
  if (query && topics) return `No tickets match ${query} in ${topics}`
  if (query || topics) return `No tickets match ${query || topics}`
  return 'No tickets in this view'
}

type NoMatchProps = { filter: FeedFilter; onClear: () => void; onShowAll?: () => void }

/** Tickets exist, but none passes the filter: say which filter, and offer to clear it. */
export function FeedNoMatch({ filter, onClear, onShowAll }: NoMatchProps) {
  return (
    <EmptyState
      title={describe(filter)}
      actions={
        <>
          <button type="button" className={buttonClass.primary} onClick={onClear}>
            Clear filters
          </button>
          {onShowAll && (
            <button type="button" className={buttonClass.secondary} onClick={onShowAll}>
              Show all jobs
            </button>
          )}
        </>
      }
    >
      Try fewer words or topics{onShowAll ? ', or include jobs outside self-custody' : ''}.
    </EmptyState>
  )
}

/** Shown when no relay could be reached. */
export function FeedUnreachable() {
  return (
    <Alert
      tone="warning"
      title="Cannot reach any relay"
      actions={
        <>
          <button
            type="button"
            className={buttonClass.primary}
            onClick={() => window.location.reload()}
          >
            Try again
          </button>
          <Link to="/relays" className={buttonClass.secondary}>
            Manage relays
          </Link>
        </>
      }
    >
      Tickets live on nostr relays, and none of yours answered. Check your internet connection, or
      add a relay that works for you.
    </Alert>
  )
}

type EndProps = {
  /** A page of older tickets is on its way. */
  loading: boolean
  /** The relays have no older tickets. */
  exhausted: boolean
  onMore: () => void
}

/**
 * Below the list: older tickets load by themselves as the reader nears the end; this says so
 * while they come, offers the same by a button (keyboard, or a relay that was slow), and says
 * when there is nothing older.
 */
export function FeedEnd({ loading, exhausted, onMore }: EndProps) {
  return (
    <div className="mt-4 flex justify-center text-sm text-stone-600 dark:text-stone-400">
      {exhausted ? (
        <p>That’s every ticket on your relays.</p>
      ) : loading ? (
        <p role="status">Loading older tickets…</p>
      ) : (
        <button type="button" className={buttonClass.secondary} onClick={onMore}>
          Show older tickets
        </button>
      )}
    </div>
  )
}
