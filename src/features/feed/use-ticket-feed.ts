import { useEffect, useMemo, useRef, useState } from 'react'
import type { NostrEvent } from 'nostr-tools'
import { subscribe } from '@/ndk/subscribe'
import { readDeletion } from '@/nostr/deletion'
import { Kind } from '@/nostr/kinds'
import type { Ticket } from '@/nostr/ticket'
import { readTicket } from '@/nostr/ticket'
import { readRelayUrls, useRelays } from '@/stores/relays'
import { liveTickets, newerTicket, ticketKey } from './feed-tickets'
import { loadTicketPages } from './load-ticket-pages'

/** How long the feed waits for a first relay connection before saying none is reachable. */
const RELAY_PATIENCE_MS = 6000

export type TicketFeed = {
  /** The newest version of every ticket not deleted by its author, in no particular order. */
  tickets: Ticket[]
  /** Keys (`ticketKey`) of tickets first seen live, after the feed opened, oldest first. */
  arrivals: string[]
  /** True until every relay sent all its stored tickets (or gave up). */
  loading: boolean
  /** No relay connected after a few seconds. */
  unreachable: boolean
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * Every ticket (kind 32767) on the app's relays, kept live: stored tickets page in (see
 * load-ticket-pages.ts), new tickets and new versions (a ticket closed, edited) arrive as they
 * are published, and tickets their author deleted (NIP-09) leave.
 */
export function useTicketFeed(): TicketFeed {
  const store = useRef({ tickets: new Map<string, Ticket>(), deleted: new Map<string, number>() })
  const [version, setVersion] = useState(0)
  const [arrivals, setArrivals] = useState<string[]>([])
  const [loading, setLoading] = useState(true)
  const [waited, setWaited] = useState(false)
  const relayUrls = useRelays((state) => readRelayUrls(state).join(' '))
  const connected = useRelays((state) => state.relays.some((relay) => relay.status === 'connected'))

  useEffect(() => {
    const { tickets, deleted } = store.current
    tickets.clear()
    deleted.clear()
    setArrivals([])
    setLoading(true)
    const relays = relayUrls.split(' ').filter(Boolean)
    const openedAt = nowSeconds()
    let bumpTimer: ReturnType<typeof setTimeout> | undefined
    const bump = () => {
      bumpTimer ??= setTimeout(() => {
        bumpTimer = undefined
        setVersion((v) => v + 1)
      }, 0)
    }
    /** Keeps the newest version; returns the key of a ticket unknown until now. */
    const put = (event: NostrEvent): string | undefined => {
      const read = readTicket(event)
      if (!read.ok) return undefined
      const key = ticketKey(read.value)
      const current = tickets.get(key)
      const next = newerTicket(current, read.value)
      if (next !== current) tickets.set(key, next)
      return current === undefined ? key : undefined
    }
    const stopPages = loadTicketPages(relays, {
      onPage: (events) => {
        for (const event of events) put(event)
        bump()
      },
      onDone: () => setLoading(false),
    })
    const stopLive = subscribe(
      { kinds: [Kind.Ticket], since: openedAt },
      {
        onEvent: (event) => {
          const arrived = put(event)
          if (arrived) setArrivals((list) => [...list, arrived])
          bump()
        },
      },
    )
    const stopDeletions = subscribe(
      { kinds: [Kind.Deletion], '#k': [String(Kind.Ticket)], limit: 500 },
      {
        onEvent: (event) => {
          const read = readDeletion(event)
          if (!read.ok) return
          for (const address of read.value.addresses) {
            if (address.kind !== Kind.Ticket || address.pubkey !== read.value.pubkey) continue
            const key = ticketKey(address)
            deleted.set(key, Math.max(deleted.get(key) ?? 0, read.value.createdAt))
          }
          bump()
        },
      },
    )
    return () => {
      clearTimeout(bumpTimer)
      stopPages()
      stopLive()
      stopDeletions()
    }
  }, [relayUrls])

  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), RELAY_PATIENCE_MS)
    return () => clearTimeout(timer)
  }, [])

  const tickets = useMemo(
    () => liveTickets(store.current.tickets.values(), store.current.deleted, nowSeconds()),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the maps change in place; version tracks them
    [version],
  )
  const unreachable = waited && !connected && tickets.length === 0
  return { tickets, arrivals, loading: loading && !unreachable, unreachable }
}
