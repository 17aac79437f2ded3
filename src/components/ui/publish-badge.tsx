import { jobStatus, selectJob, usePublishOutbox } from '@/stores/publish-outbox'

/**
 * A small mark on a list row for an event of the person's that no relay took yet ("Waiting to
 * publish") or that every relay refused ("Not published"); nothing once a relay took it. The row's
 * own page (PublishState) offers retry and discard.
 */
export function PublishBadge({ eventId }: { eventId: string }) {
  const job = usePublishOutbox(selectJob(eventId))
  const status = job && jobStatus(job)
  if (!status || (status.kind !== 'waiting' && status.kind !== 'refused')) return null
  const refused = status.kind === 'refused'
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${
        refused
          ? 'bg-red-50 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800'
          : 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800'
      }`}
    >
      <span
        aria-hidden="true"
        className={`size-1.5 rounded-full ${refused ? 'bg-red-500' : 'animate-pulse bg-amber-500'}`}
      />
      {refused ? 'Not published' : 'Waiting to publish'}
    </span>
  )
}
