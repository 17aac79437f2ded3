import { useId, useMemo, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { formatSats } from '@/components/ui/format-sats'
import { describePrice } from '@/components/ui/price-text'
import { startWork, stopWork } from '@/commands/billing'
import type { ChatMessage } from '@/nostr/chat'
import { durationWords, sessionSeconds, summarizeWork } from '@/nostr/work-log'
import { RequestPaymentForm } from './request-payment-form'
import type { Deal } from './use-deal'
import { useWorkClock } from './use-work-clock'
import { clockTime } from './work-log-line'

type Props = {
  deal: Deal
  /** The thread's messages, mine still in the outbox included. */
  messages: readonly ChatMessage[]
  /** The ticket takes new work (In progress). */
  open: boolean
}

/** "3:07" or "1:02:07": a running session's time, as a stopwatch shows it. */
const stopwatch = (seconds: number): string => {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(seconds % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/**
 * "Work and billing" above the message box, for the two parties of the accepted offer: the running
 * session ticking, the logged minutes and their sats; for the troubleshooter also Start / Stop work
 * and Request payment. Screen readers hear a session start and stop, not every second.
 */
export function BillingPanel({ deal, messages, open }: Props) {
  const { offer, thread, role } = deal
  const timed = offer.pricing.kind === 'per-hour'
  const settled = useMemo(() => summarizeWork(messages, thread.offer, 0), [messages, thread.offer])
  const running = settled.running !== undefined
  const now = useWorkClock(running, `${settled.running?.startId}|${settled.sessions.length}`)
  const summary = useMemo(
    () => summarizeWork(messages, thread.offer, now),
    [messages, thread.offer, now],
  )
  const [requesting, setRequesting] = useState(false)
  const [problem, setProblem] = useState<string>()
  const [sentNote, setSentNote] = useState<string>()
  const requestButton = useRef<HTMLButtonElement>(null)
  const headingId = useId()
  const formId = useId()
  const troubleshooter = role === 'troubleshooter'
  const last = summary.sessions.at(-1)

  const act = (result: { ok: boolean; reason?: string }) => {
    setProblem(result.ok ? undefined : result.reason)
    setSentNote(undefined)
  }
  // changes only when a session starts or stops (or a request is sent): never every second
  const announcement =
    sentNote ??
    (summary.running
      ? `Work started at ${clockTime(summary.running.start)}.`
      : last
        ? `Work stopped after ${durationWords(sessionSeconds(last, now))}. ${summary.minutes} min logged in all.`
        : '')

  return (
    <section
      aria-labelledby={headingId}
      className="mb-3 rounded-xl border border-stone-200 bg-white px-3 py-2.5 text-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h2
            id={headingId}
            className="text-xs font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400"
          >
            Work and billing
          </h2>
          <p className="mt-0.5 tabular-nums">
            {summary.running && (
              <span className="mr-2 inline-flex items-center gap-1.5 font-semibold text-emerald-800 dark:text-emerald-300">
                <span
                  aria-hidden="true"
                  className="size-2 animate-pulse rounded-full bg-emerald-600"
                />
                Working
                <span role="timer" aria-label="This session">
                  {stopwatch(sessionSeconds(summary.running, now))}
                </span>
              </span>
            )}
            {timed ? (
              <>
                <span className="font-semibold">{summary.minutes} min</span>
                {' · '}
                <span className="font-semibold">{formatSats(summary.sats ?? 0)}</span>
                <span className="text-stone-500 dark:text-stone-400">
                  {' '}
                  logged at {describePrice(offer.pricing).main}
                </span>
              </>
            ) : (
              <>
                <span className="text-stone-500 dark:text-stone-400">Fixed price </span>
                <span className="font-semibold">{describePrice(offer.pricing).main}</span>
              </>
            )}
            {summary.requested.msats > 0 && (
              <span className="block text-xs text-stone-500 dark:text-stone-400">
                Requested so far: {formatSats(Math.floor(summary.requested.msats / 1000))}
                {summary.requested.minutes > 0 ? ` for ${summary.requested.minutes} min` : ''}
              </span>
            )}
          </p>
        </div>
        {troubleshooter && (
          <div className="flex flex-wrap gap-2">
            {timed && running && (
              <button
                type="button"
                className={buttonClass.secondary}
                onClick={() => act(stopWork(thread))}
              >
                Stop work
              </button>
            )}
            {timed && !running && open && (
              <button
                type="button"
                className={buttonClass.secondary}
                onClick={() => act(startWork(thread))}
              >
                Start work
              </button>
            )}
            <button
              ref={requestButton}
              type="button"
              className={buttonClass.primary}
              aria-expanded={requesting}
              aria-controls={formId}
              onClick={() => setRequesting((now) => !now)}
            >
              Request payment
            </button>
          </div>
        )}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {problem && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      {troubleshooter && requesting && (
        <RequestPaymentForm
          id={formId}
          deal={deal}
          summary={summary}
          onCancel={() => {
            setRequesting(false)
            requestButton.current?.focus()
          }}
          onSent={(sats) => {
            setRequesting(false)
            requestButton.current?.focus()
            setProblem(undefined)
            setSentNote(`Payment request for ${formatSats(sats)} sent.`)
          }}
        />
      )}
    </section>
  )
}
