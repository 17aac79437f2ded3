import type { NostrEvent } from 'nostr-tools'
import { subscribe } from '@/ndk/subscribe'
import { startVerifyWorker } from '@/ndk/verify-batch'
import { Kind } from '@/nostr/kinds'
import { ingestNow } from '@/stores/marketplace-ingest'
import { FIRST_PAGE, PAGE, nextUntil } from './ticket-paging'

export type PageHandlers = {
  /** Every relay said it has no older tickets (or stopped answering). */
  onDone: () => void
}

/** Resolves after the browser has painted the frame with what was just rendered. */
const afterPaint = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(resolve, 0))
      : setTimeout(resolve, 0),
  )

/**
 * Loads every stored ticket from each relay into the marketplace store, newest first, a page at a
 * time (`until`/`limit`), however many there are. Each relay is paged on its own, with its own
 * cursor: src/ndk gives each relay its own subscription, so a page holds only that relay's
 * tickets and its `until` never skips past tickets another relay sent. The first page is small
 * and each next one waits until the last was painted, so the first tickets show just as fast with
 * 10,000 on the relay as with 100, and no burst of thousands holds up the page. Returns the
 * function that stops.
 */
export const loadTicketPages = (
  relays: readonly string[],
  handlers: PageHandlers,
): (() => void) => {
  let stopped = false
  let stopCurrent: (() => void)[] = []
  let running = relays.length

  const finishRelay = () => {
    if (--running === 0 && !stopped) handlers.onDone()
  }

  const loadPage = (relay: string, until: number | undefined, seen: Set<string>) => {
    const events: NostrEvent[] = []
    const first = until === undefined
    const page = { kinds: [Kind.Ticket], limit: first ? FIRST_PAGE : PAGE }
    const stop = subscribe(
      first ? page : { ...page, until },
      {
        onEvent: (event) => events.push(event),
        onEose: () => {
          if (stopped) return
          const described = events.map((event) => ({
            createdAt: event.created_at,
            isNew: !seen.has(event.id),
          }))
          for (const event of events) seen.add(event.id)
          if (events.length > 0) void ingestNow(events)
          const next = nextUntil(described)
          if (next === undefined) return finishRelay()
          // the next page waits until this one is painted, so no burst holds up the page for long;
          // once the first is painted, signatures are checked off the main thread
          void afterPaint().then(() => {
            startVerifyWorker()
            if (!stopped) loadPage(relay, next, seen)
          })
        },
      },
      { closeOnEose: true, relays: [relay], eoseTimeoutMs: 15_000 },
    )
    stopCurrent.push(stop)
  }

  if (relays.length === 0) queueMicrotask(handlers.onDone)
  for (const relay of relays) loadPage(relay, undefined, new Set())
  return () => {
    stopped = true
    for (const stop of stopCurrent) stop()
    stopCurrent = []
  }
}
