import { HiddenPeopleNotice } from '@/components/person/hidden-people-notice'
import { useHiddenPeople } from '@/components/person/use-hidden-people'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'
import { Skeleton } from '@/components/ui/skeleton'
import type { ThreadSummary } from '@/hooks/use-threads'
import { useThreads } from '@/hooks/use-threads'
import { ThreadRow } from './thread-row'

const THREAD_NOUN = ['conversation', 'conversations'] as const
const counterpartOf = (thread: ThreadSummary) => thread.counterpart

/** Every conversation, newest first (muted people's left out, and counted), with loading and empty states. */
export function ThreadList({ currentKey }: { currentKey?: string }) {
  const all = useThreads()
  const people = useHiddenPeople(all.threads, counterpartOf)
  const threads = people.shown
  const loading = all.loading
  const hidden = (
    <HiddenPeopleNotice
      noun={THREAD_NOUN}
      muted={people.muted}
      mutedShown={people.mutedShown}
      onRevealMuted={people.setRevealMuted}
      className="mb-3"
    />
  )
  if (all.threads.length === 0 && loading) {
    return (
      <div aria-busy="true" className="space-y-3">
        <span className="sr-only">Opening your messages…</span>
        {[0, 1, 2].map((i) => (
          <div key={i} className="flex gap-3 px-3 py-3">
            <Skeleton className="size-9 rounded-full" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-4 w-3/4" />
            </div>
          </div>
        ))}
      </div>
    )
  }
  if (all.threads.length === 0) {
    return (
      <EmptyState
        icon={<span aria-hidden="true">✉</span>}
        title="No messages yet"
        actions={
          <Link to="/" className={buttonClass.primary}>
            Browse tickets
          </Link>
        }
      >
        Conversations start from a ticket: a troubleshooter writes to the Bitcoiner about an offer,
        or the Bitcoiner answers one. Press “Message” on a ticket or an offer to begin.
      </EmptyState>
    )
  }
  return (
    <>
      {hidden}
      <ul
        aria-label="Conversations"
        className="-mx-3 divide-y divide-stone-200 dark:divide-stone-800"
      >
        {threads.map((thread) => (
          <li key={thread.key}>
            <ThreadRow thread={thread} current={thread.key === currentKey} />
          </li>
        ))}
      </ul>
    </>
  )
}
