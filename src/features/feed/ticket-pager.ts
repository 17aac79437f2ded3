import type { NostrEvent } from 'nostr-tools'
import { subscribe } from '@/ndk/subscribe'
import { startVerifyWorker } from '@/ndk/verify-batch'
import { Kind } from '@/nostr/kinds'
import { ingestNow } from '@/stores/marketplace-ingest'
import { afterPaintWhenIdle } from './after-paint'
import { FIRST_PAGE, PAGE, nextUntil, pagingFrontier } from './ticket-paging'
import type { RelayPaging } from './ticket-paging'

export type TicketPaging = {
  /** A page is on its way from at least one relay. */
  loading: boolean
  /** Every relay said it has no older tickets (or stopped answering). */
  exhausted: boolean
  /** Tickets created before this wait for more pages (see `pagingFrontier`). */
  frontier: number
}

export type TicketPager = {
  /** Asks every relay that may hold older tickets, and is not answering already, for a page. */
  more: () => void
  stop: () => void
}

type RelayPages = RelayPaging & { relay: string; loading: boolean; seen: Set<string> }

/** How long the feed waits for every relay's first page before showing the others' alone. */
const FIRST_ANSWER_PATIENCE_MS = 2000

/**
 * Pages stored tickets from each relay into the marketplace store, newest first, a page when
 * asked (`until`/`limit`): the first small page at once, the next ones as the reader nears the
 * end of the list, so a visit costs what is read, however many tickets the relays hold. Each
 * relay is paged on its own, with its own cursor: src/ndk gives each relay its own subscription,
 * so a page holds only that relay's tickets and its `until` never skips past tickets another
 * relay sent. `onChange` hears how paging stands after every answer, with the frontier above
 * which the feed's order is settled (see `pagingFrontier`).
 */
export const pageTickets = (
  relays: readonly string[],
  onChange: (paging: TicketPaging) => void,
): TicketPager => {
  let stopped = false
  const stops: (() => void)[] = []
  const pages: RelayPages[] = relays.map((relay) => ({
    relay,
    done: false,
    loading: false,
    seen: new Set(),
  }))

  const report = () => {
    if (stopped) return
    onChange({
      loading: pages.some((page) => page.loading),
      exhausted: pages.every((page) => page.done),
      frontier: pagingFrontier(pages),
    })
  }

  const loadPage = (state: RelayPages) => {
    const events: NostrEvent[] = []
    const first = state.cursor === undefined
    const filter = { kinds: [Kind.Ticket], limit: first ? FIRST_PAGE : PAGE }
    state.loading = true
    const stop = subscribe(
      first ? filter : { ...filter, until: state.cursor },
      {
        onEvent: (event) => events.push(event),
        onEose: () => {
          if (stopped) return
          const described = events.map((event) => ({
            createdAt: event.created_at,
            isNew: !state.seen.has(event.id),
          }))
          for (const event of events) state.seen.add(event.id)
          if (events.length > 0) void ingestNow(events)
          const next = nextUntil(described)
          state.loading = false
          state.late = false
          state.cursor = next ?? state.cursor
          state.done = next === undefined
          report()
          // once the first page is painted, later signatures are checked off the main thread
          if (first) void afterPaintWhenIdle().then(startVerifyWorker)
        },
      },
      { closeOnEose: true, relays: [state.relay], eoseTimeoutMs: 15_000 },
    )
    stops.push(stop)
  }

  const more = () => {
    if (stopped) return
    for (const state of pages) if (!state.loading && !state.done) loadPage(state)
    report()
  }

  const patience = setTimeout(() => {
    for (const state of pages) state.late = state.cursor === undefined && !state.done
    report()
  }, FIRST_ANSWER_PATIENCE_MS)

  if (pages.length === 0) queueMicrotask(report)
  else more()
  return {
    more,
    stop: () => {
      stopped = true
      clearTimeout(patience)
      for (const stop of stops) stop()
    },
  }
}
