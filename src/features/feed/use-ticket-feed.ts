import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Kind } from '@/nostr/kinds'
import type { Ticket } from '@/nostr/ticket'
import { useMarketplace } from '@/stores/marketplace'
import { visibleTickets } from '@/stores/marketplace-selectors'
import { loadCachedMarketplace } from '@/stores/marketplace-ingest'
import { watchMarketplace } from '@/stores/marketplace-sync'
import { isRelayOpen, readRelayUrls, useRelays } from '@/stores/relays'
import { pageTickets } from './ticket-pager'
import type { TicketPager, TicketPaging } from './ticket-pager'

/** How long the feed waits for a first relay connection before saying none is reachable. */
const RELAY_PATIENCE_MS = 6000

export type TicketFeed = {
  /**
   * The newest version of every ticket not deleted by its author, in no particular order: those
   * the pages reached so far (and whatever this device showed before), never one that a later
   * page could put above it.
   */
  tickets: Ticket[]
  /** Keys (`ticketKey`) of tickets first seen live, after the feed opened, oldest first. */
  arrivals: string[]
  /** A page of older tickets is on its way. */
  loading: boolean
  /** Every relay sent all its stored tickets (or gave up). */
  exhausted: boolean
  /** No relay connected after a few seconds. */
  unreachable: boolean
  /** Asks the relays for their next page of older tickets (nothing while one is on its way). */
  more: () => void
}

const STARTING: TicketPaging = { loading: true, exhausted: false, frontier: -Infinity }

const oldestOf = (tickets: readonly Ticket[]) =>
  tickets.reduce((min, ticket) => Math.min(min, ticket.createdAt), Infinity)

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * Every ticket (kind 32767) on the app's relays, read from the marketplace store: stored tickets
 * page in from each relay as the reader asks for more (see ticket-pager.ts), new tickets and new versions arrive live
 * (renewed after every reconnect by src/ndk), tickets their author deleted (NIP-09) leave, and
 * what this device saw before is there from the start.
 */
export function useTicketFeed(): TicketFeed {
  const [paging, setPaging] = useState<TicketPaging>(STARTING)
  const pager = useRef<TicketPager>(undefined)
  // the oldest ticket shown so far: what was shown stays, whatever later pages say
  const [shownFrom, setShownFrom] = useState(Infinity)
  const [waited, setWaited] = useState(false)
  const [firstArrival] = useState(() => useMarketplace.getState().arrivals.length)
  const relayUrls = useRelays((state) => readRelayUrls(state).join(' '))
  const connected = useRelays((state) => state.relays.some(isRelayOpen))
  const ticketMap = useMarketplace((state) => state.tickets)
  const deletions = useMarketplace((state) => state.deletions)
  const allArrivals = useMarketplace((state) => state.arrivals)

  useEffect(() => {
    setPaging(STARTING)
    const relays = relayUrls.split(' ').filter(Boolean)
    const pages = pageTickets(relays, setPaging)
    pager.current = pages
    const stopLive = watchMarketplace([
      { kinds: [Kind.Ticket], since: nowSeconds() },
      { kinds: [Kind.Deletion], '#k': [String(Kind.Ticket)], limit: 500 },
    ])
    return () => {
      pages.stop()
      stopLive()
    }
  }, [relayUrls])

  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), RELAY_PATIENCE_MS)
    return () => clearTimeout(timer)
  }, [])

  const showFrom = Math.min(paging.frontier, shownFrom)
  const tickets = useMemo(
    () =>
      visibleTickets({ tickets: ticketMap, deletions }).filter(
        (ticket) => ticket.createdAt >= showFrom,
      ),
    [ticketMap, deletions, showFrom],
  )
  useEffect(() => {
    const oldest = oldestOf(tickets)
    if (oldest < shownFrom) setShownFrom(oldest)
  }, [tickets, shownFrom])
  // what this device saw before shows at once, whatever the relays' paging says (only that:
  // a relay's page ingested meanwhile still waits for the frontier)
  useEffect(() => {
    let active = true
    void loadCachedMarketplace().then((cached) => {
      const oldest = cached.reduce(
        (min, event) => (event.kind === Kind.Ticket ? Math.min(min, event.created_at) : min),
        Infinity,
      )
      if (active) setShownFrom((from) => Math.min(from, oldest))
    })
    return () => {
      active = false
    }
  }, [])

  const more = useCallback(() => pager.current?.more(), [])
  const arrivals = useMemo(() => allArrivals.slice(firstArrival), [allArrivals, firstArrival])
  const unreachable = waited && !connected && tickets.length === 0
  return {
    tickets,
    arrivals,
    loading: paging.loading && !unreachable,
    exhausted: paging.exhausted,
    unreachable,
    more,
  }
}
