import { discardJob, retryJob } from '@/commands/publish-outbox'
import { jobStatus, selectJob, usePublishOutbox } from '@/stores/publish-outbox'
import { buttonClass } from './button-styles'

const relays = (n: number) => `${n} relay${n === 1 ? '' : 's'}`

/**
 * Where an event of the person's stands on its way to the relays, shown beside what it changed:
 * nothing once relays took it; "Waiting to publish" while none has; "Published to N of M" while
 * some are still tried; the relays' reasons with Retry and Discard when every relay refused.
 */
export function PublishState({ eventId, what = 'it' }: { eventId: string; what?: string }) {
  const job = usePublishOutbox(selectJob(eventId))
  if (!job) return null
  const status = jobStatus(job)
  if (status.kind === 'published') return null
  if (status.kind === 'refused') {
    return (
      <div
        role="alert"
        className="mt-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
      >
        <p className="font-semibold">No relay took {what}</p>
        <ul className="mt-1 list-disc pl-5">
          {status.reasons.map(({ relay, reason }) => (
            <li key={relay} className="break-words">
              {relay}: {reason}
            </li>
          ))}
        </ul>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={buttonClass.secondary} onClick={() => retryJob(job.id)}>
            Retry
          </button>
          <button type="button" className={buttonClass.ghost} onClick={() => discardJob(job.id)}>
            Discard
          </button>
        </div>
      </div>
    )
  }
  const text =
    status.kind === 'waiting'
      ? 'Waiting to publish'
      : `Published to ${status.accepted} of ${relays(status.total)}`
  const hint =
    status.kind === 'waiting'
      ? 'No relay has it yet. It is kept on this device and sent as soon as a relay connects.'
      : 'The other relays are tried again.'
  return (
    <p
      role="status"
      className="mt-3 inline-flex flex-wrap items-center gap-x-2 rounded-lg bg-amber-50 px-3 py-1.5 text-sm text-amber-950 ring-1 ring-amber-300 ring-inset dark:bg-amber-950/50 dark:text-amber-100 dark:ring-amber-800"
    >
      <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-amber-500" />
      <span className="font-semibold">{text}</span>
      <span className="text-amber-900 dark:text-amber-200">{hint}</span>
    </p>
  )
}
