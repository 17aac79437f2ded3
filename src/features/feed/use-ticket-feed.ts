import { useEffect, useMemo, useRef, useState } from 'react'
import { subscribe } from '@/ndk/subscribe'
import { Kind } from '@/nostr/kinds'
import type { Ticket } from '@/nostr/ticket'
import { readTicket } from '@/nostr/ticket'
import { useRelays } from '@/stores/relays'
import type { FeedStatus } from './feed-tickets'
import { feedTickets, newerTicket, ticketKey } from './feed-tickets'

/** How long the feed waits for a first relay connection before saying none is reachable. */
const RELAY_PATIENCE_MS = 6000
const FEED_LIMIT = 500

export type TicketFeed = {
  tickets: Ticket[]
  /** True until the relays said they sent everything stored (or gave up). */
  loading: boolean
  /** No relay connected after a few seconds. */
  unreachable: boolean
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * The live ticket feed: subscribes to tickets (kind 32767) on the app's relays, reads each,
 * keeps the newest version per address and lists the wanted status, newest first.
 */
export function useTicketFeed(status: FeedStatus = 'new'): TicketFeed {
  const [byAddress, setByAddress] = useState<ReadonlyMap<string, Ticket>>(new Map())
  const [loading, setLoading] = useState(true)
  const [waited, setWaited] = useState(false)
  const pending = useRef(new Map<string, Ticket>())
  const relayUrls = useRelays((state) => state.relays.map((relay) => relay.url).join(' '))
  const connected = useRelays((state) => state.relays.some((relay) => relay.status === 'connected'))

  useEffect(() => {
    setLoading(true)
    let flushTimer: ReturnType<typeof setTimeout> | undefined
    // Relays send stored tickets in a burst: render them in batches, not one by one.
    const flush = () => {
      flushTimer = undefined
      const batch = pending.current
      pending.current = new Map()
      setByAddress((current) => {
        const next = new Map(current)
        for (const [key, ticket] of batch) next.set(key, newerTicket(next.get(key), ticket))
        return next
      })
    }
    const unsubscribe = subscribe(
      { kinds: [Kind.Ticket], limit: FEED_LIMIT },
      {
        onEvent: (event) => {
          const read = readTicket(event)
          if (!read.ok) return
          const key = ticketKey(read.value)
          pending.current.set(key, newerTicket(pending.current.get(key), read.value))
          flushTimer ??= setTimeout(flush, 80)
        },
        onEose: () => {
          clearTimeout(flushTimer)
          flush()
          setLoading(false)
        },
      },
    )
    return () => {
      clearTimeout(flushTimer)
      unsubscribe()
    }
  }, [relayUrls])

  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), RELAY_PATIENCE_MS)
    return () => clearTimeout(timer)
  }, [])

  const tickets = useMemo(
    () => feedTickets(byAddress.values(), status, nowSeconds()),
    [byAddress, status],
  )
  return { tickets, loading: loading && !(waited && !connected), unreachable: waited && !connected }
}
