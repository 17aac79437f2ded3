import { Suspense, lazy, useCallback, useMemo } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { groupThousands } from '@/components/ui/format-sats'
import { PageHeading } from '@/components/ui/page-heading'
import type { Ticket } from '@/nostr/ticket'
import { useSession } from '@/stores/session'
import { filterTickets, matchesFilter, popularTopics } from './feed-filter'
import { isFiltered } from './feed-params'
import { FeedList } from './feed-list'
import { FeedEmpty, FeedNoMatch, FeedSkeleton, FeedUnreachable } from './feed-states'
import { ticketKey } from './feed-tickets'
import { FeedToolbar } from './feed-toolbar'
import { NewTicketsPill } from './new-tickets-pill'
import { TicketRow } from './ticket-row'
import { TopicFilter } from './topic-filter'
import { useFeedFilter } from './use-feed-filter'
import { useHeldArrivals } from './use-held-arrivals'
import { useTicketFeed } from './use-ticket-feed'

const MyExpertiseButton = lazy(() => import('./my-expertise-button'))

const ROW_HEIGHT_ESTIMATE = 170
const TOPIC_CHIPS = 10

const renderRow = (ticket: Ticket, labelId: string) => (
  <TicketRow ticket={ticket} labelId={labelId} />
)

/** `/` — the ticket feed: every ticket on the relays, filtered and searched, live. */
export default function FeedPage() {
  const { filter, change, clear } = useFeedFilter()
  const { tickets, arrivals, loading, unreachable } = useTicketFeed()
  const { held, reveal } = useHeldArrivals(arrivals)
  const pubkey = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))

  const shown = useMemo(
    () =>
      filterTickets(held.size ? tickets.filter((t) => !held.has(ticketKey(t))) : tickets, filter),
    [tickets, held, filter],
  )
  const heldShown = useMemo(
    () => tickets.filter((t) => held.has(ticketKey(t)) && matchesFilter(t, filter)).length,
    [tickets, held, filter],
  )
  const offered = useMemo(
    () => popularTopics(tickets, filter.everything, TOPIC_CHIPS),
    [tickets, filter.everything],
  )
  const changeTopics = useCallback((topics: string[]) => change({ topics }), [change])
  // only worth a pass over every ticket when nothing else is shown
  const hiddenJobs = useMemo(
    () =>
      shown.length === 0 &&
      !filter.everything &&
      tickets.some((t) => matchesFilter(t, { ...filter, everything: true })),
    [shown.length, tickets, filter],
  )

  return (
    <>
      <PageHeading
        title="Tickets"
        description="Self-custody problems waiting for a troubleshooter."
        actions={
          <div className="hidden md:block">
            <Link to="/new" className={buttonClass.primary}>
              New ticket
            </Link>
          </div>
        }
      />
      <div className="mb-4 space-y-3">
        <FeedToolbar filter={filter} onChange={change} />
        <TopicFilter
          offered={offered}
          selected={filter.topics}
          onChange={changeTopics}
          shortcut={
            pubkey && (
              <Suspense fallback={null}>
                <MyExpertiseButton
                  pubkey={pubkey}
                  selected={filter.topics}
                  onChange={changeTopics}
                />
              </Suspense>
            )
          }
        />
        <p className="text-xs text-stone-500 dark:text-stone-400" aria-live="polite">
          {loading && tickets.length > 0
            ? `${groupThousands(shown.length)} so far, loading more…`
            : !loading &&
              `${groupThousands(shown.length)} ${shown.length === 1 ? 'ticket' : 'tickets'}`}
        </p>
      </div>
      <NewTicketsPill count={heldShown} onShow={reveal} />
      {shown.length > 0 ? (
        <FeedList
          items={shown}
          keyOf={ticketKey}
          estimatedHeight={ROW_HEIGHT_ESTIMATE}
          renderItem={renderRow}
          label="Tickets"
          busy={loading}
        />
      ) : unreachable ? (
        <FeedUnreachable />
      ) : loading ? (
        <FeedSkeleton />
      ) : tickets.length > 0 || isFiltered(filter) ? (
        <FeedNoMatch
          filter={filter}
          onClear={clear}
          onShowAll={hiddenJobs ? () => change({ everything: true }) : undefined}
        />
      ) : (
        <FeedEmpty />
      )}
    </>
  )
}
