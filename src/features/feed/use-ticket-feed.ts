import { useEffect, useMemo, useState } from 'react'
import { Kind } from '@/nostr/kinds'
import type { Ticket } from '@/nostr/ticket'
import { useMarketplace } from '@/stores/marketplace'
import { visibleTickets } from '@/stores/marketplace-selectors'
import { watchMarketplace } from '@/stores/marketplace-sync'
import { isRelayOpen, readRelayUrls, useRelays } from '@/stores/relays'
import { loadTicketPages } from './load-ticket-pages'

/** How long the feed waits for a first relay connection before saying none is reachable. */
const RELAY_PATIENCE_MS = 6000

export type TicketFeed = {
  /** The newest version of every ticket not deleted by its author, in no particular order. */
  tickets: Ticket[]
  /** Keys (`ticketKey`) of tickets first seen live, after the feed opened, oldest first. */
  arrivals: string[]
  /** True until every relay sent all its stored tickets (or gave up), while none is shown. */
  loading: boolean
  /** No relay connected after a few seconds. */
  unreachable: boolean
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * Every ticket (kind 32767) on the app's relays, read from the marketplace store: stored tickets
 * page in from each relay (see load-ticket-pages.ts), new tickets and new versions arrive live
 * (renewed after every reconnect by src/ndk), tickets their author deleted (NIP-09) leave, and
 * what this device saw before is there from the start.
 */
export function useTicketFeed(): TicketFeed {
  const [loading, setLoading] = useState(true)
  const [waited, setWaited] = useState(false)
  const [firstArrival] = useState(() => useMarketplace.getState().arrivals.length)
  const relayUrls = useRelays((state) => readRelayUrls(state).join(' '))
  const connected = useRelays((state) => state.relays.some(isRelayOpen))
  const ticketMap = useMarketplace((state) => state.tickets)
  const deletions = useMarketplace((state) => state.deletions)
  const allArrivals = useMarketplace((state) => state.arrivals)

  useEffect(() => {
    setLoading(true)
    const relays = relayUrls.split(' ').filter(Boolean)
    const stopPages = loadTicketPages(relays, { onDone: () => setLoading(false) })
    const stopLive = watchMarketplace([
      { kinds: [Kind.Ticket], since: nowSeconds() },
      { kinds: [Kind.Deletion], '#k': [String(Kind.Ticket)], limit: 500 },
    ])
    return () => {
      stopPages()
      stopLive()
    }
  }, [relayUrls])

  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), RELAY_PATIENCE_MS)
    return () => clearTimeout(timer)
  }, [])

  const tickets = useMemo(
    () => visibleTickets({ tickets: ticketMap, deletions }),
    [ticketMap, deletions],
  )
  const arrivals = useMemo(() => allArrivals.slice(firstArrival), [allArrivals, firstArrival])
  const unreachable = waited && !connected && tickets.length === 0
  return { tickets, arrivals, loading: loading && !unreachable, unreachable }
}
