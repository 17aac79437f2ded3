import { Suspense, lazy, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { hidePeople } from '@/components/person/hide-people'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { groupThousands } from '@/components/ui/format-sats'
import { PageHeading } from '@/components/ui/page-heading'
import type { Ticket } from '@/nostr/ticket'
import { useSession } from '@/stores/session'
import { filterTickets, matchesFilter, popularTopics } from './feed-filter'
import type { FeedPeople } from './feed-people'
import { isFiltered } from './feed-params'
import { FeedList } from './feed-list'
import { FeedEmpty, FeedEnd, FeedNoMatch, FeedSkeleton, FeedUnreachable } from './feed-states'
import { ticketKey } from './feed-tickets'
import { FeedToolbar } from './feed-toolbar'
import { NewTicketsPill } from './new-tickets-pill'
import { TicketRow } from './ticket-row'
import { TopicFilter } from './topic-filter'
import { useFeedFilter } from './use-feed-filter'
import { useHeldArrivals } from './use-held-arrivals'
import { useTicketFeed } from './use-ticket-feed'

const MyExpertiseButton = lazy(() => import('./my-expertise-button'))
const FeedPeopleWatch = lazy(() => import('./feed-people'))
const HiddenPeopleNotice = lazy(() =>
  import('@/components/person/hidden-people-notice').then((module) => ({
    default: module.HiddenPeopleNotice,
  })),
)
const NOBODY_MUTED: ReadonlySet<string> = new Set()

const ROW_HEIGHT_ESTIMATE = 170
const TOPIC_CHIPS = 10

const TICKET_NOUN = ['ticket', 'tickets'] as const
const authorOf = (ticket: Ticket) => ticket.pubkey

const renderRow = (ticket: Ticket, labelId: string) => (
  <TicketRow ticket={ticket} labelId={labelId} />
)

/** `/` — the ticket feed: every ticket on the relays, filtered and searched, live. */
export default function FeedPage() {
  const { filter, change, clear } = useFeedFilter()
  const feed = useTicketFeed()
  const { arrivals, loading, exhausted, unreachable, more } = feed
  // rendering the rows a page brought may take a while on a phone: React does it in slices,
  // between which the page stays responsive
  const tickets = useDeferredValue(feed.tickets)
  const [nearEnd, setNearEnd] = useState(false)
  const { held, reveal } = useHeldArrivals(arrivals)
  const pubkey = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))

  const matching = useMemo(
    () =>
      filterTickets(held.size ? tickets.filter((t) => !held.has(ticketKey(t))) : tickets, filter),
    [tickets, held, filter],
  )
  // whom a signed-in person hides (mutes, network) arrives with a module of its own
  const [watched, setWatched] = useState<FeedPeople>()
  const [revealMuted, setRevealMuted] = useState(false)
  const rules = useMemo(
    () => ({
      viewer: watched?.viewer,
      muted: watched?.muted ?? NOBODY_MUTED,
      revealMuted,
      network: watched?.network,
    }),
    [watched, revealMuted],
  )
  const people = useMemo(() => hidePeople(matching, authorOf, rules), [matching, rules])
  const shown = people.shown
  const heldMatching = useMemo(
    () => tickets.filter((t) => held.has(ticketKey(t)) && matchesFilter(t, filter)),
    [tickets, held, filter],
  )
  // new tickets from muted people or from outside the network are not announced
  const heldShown = useMemo(
    () => hidePeople(heldMatching, authorOf, rules).shown.length,
    [heldMatching, rules],
  )
  const offered = useMemo(
    () => popularTopics(tickets, filter.everything, TOPIC_CHIPS),
    [tickets, filter.everything],
  )
  // older pages as the reader nears the end, while nothing matches yet, and all of them to sort
  // by budget (the biggest could be anywhere)
  const caughtUp = tickets === feed.tickets
  const wantsMore = nearEnd || (caughtUp && shown.length === 0) || filter.sort === 'budget'
  useEffect(() => {
    if (wantsMore && !loading && !exhausted && !unreachable) more()
  }, [wantsMore, loading, exhausted, unreachable, more])
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
        {pubkey && (
          <Suspense fallback={null}>
            <FeedPeopleWatch onChange={setWatched} />
          </Suspense>
        )}
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
          {exhausted
            ? `${groupThousands(shown.length)} ${shown.length === 1 ? 'ticket' : 'tickets'}`
            : shown.length > 0 && `${groupThousands(shown.length)} so far, more as you scroll`}
        </p>
        {watched && (
          <Suspense fallback={null}>
            <HiddenPeopleNotice
              noun={TICKET_NOUN}
              muted={people.mutedCount}
              mutedShown={people.mutedShown}
              outside={people.outside}
              onRevealMuted={setRevealMuted}
              onShowEveryone={() => watched?.network.setOn(false)}
            />
          </Suspense>
        )}
      </div>
      <NewTicketsPill count={heldShown} onShow={reveal} />
      {shown.length > 0 ? (
        <>
          <FeedList
            items={shown}
            keyOf={ticketKey}
            estimatedHeight={ROW_HEIGHT_ESTIMATE}
            renderItem={renderRow}
            label="Tickets"
            busy={!exhausted}
            onNearEnd={setNearEnd}
          />
          <FeedEnd loading={loading} exhausted={exhausted} onMore={more} />
        </>
      ) : unreachable ? (
        <FeedUnreachable />
      ) : !exhausted ? (
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
