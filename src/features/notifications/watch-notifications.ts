import type { Filter, NostrEvent } from 'nostr-tools'
import { subscribe } from '@/ndk/subscribe'
import { formatAddress } from '@/nostr/address'
import { readDeletion } from '@/nostr/deletion'
import { Kind } from '@/nostr/kinds'
import type { Offer } from '@/nostr/offer'
import { readOffer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import { readTicket } from '@/nostr/ticket'
import { isNewerVersion } from '@/stores/marketplace'
import { useNotifications } from '@/stores/notifications'
import type { NotificationSources } from './derive-notifications'
import { deriveNotifications } from './derive-notifications'

/** Events come in bursts: the list is derived again at most this often. */
const SETTLE_MS = 150
/** At most this many addresses per follow-up filter. */
const MAX_ADDRESSES = 1000

/** What is always watched for `me`: my tickets and offers, offers and tickets that name me. */
export const baseFilters = (me: string): Filter[] => [
  { kinds: [Kind.Ticket, Kind.Offer, Kind.Deletion], authors: [me] },
  { kinds: [Kind.Offer, Kind.Ticket], '#p': [me] },
]

const unique = (values: Iterable<string>) => [...new Set(values)].sort().slice(0, MAX_ADDRESSES)

/**
 * What the known events lead to: offers on my tickets (by `#a`, for clients that do not tag me),
 * the tickets my offers answer (their state says won, lost or closed), and deletions of offers
 * on my tickets and of tickets I offered on.
 */
export const followUpFilters = ({ me, tickets, offers }: NotificationSources): Filter[] => {
  const myTickets = unique(
    Object.values(tickets)
      .filter((ticket) => ticket.pubkey === me)
      .map((ticket) => formatAddress(ticket.address)),
  )
  const mine = Object.values(offers).filter((offer) => offer.pubkey === me)
  const offersToMe = Object.values(offers).filter(
    (offer) => offer.pubkey !== me && offer.ticket.pubkey === me,
  )
  const filters: Filter[] = []
  if (myTickets.length > 0) filters.push({ kinds: [Kind.Offer], '#a': myTickets })
  if (mine.length > 0) {
    filters.push({
      kinds: [Kind.Ticket],
      authors: unique(mine.map((offer) => offer.ticket.pubkey)),
      '#d': unique(mine.map((offer) => offer.ticket.d)),
    })
  }
  const watched = unique([
    ...offersToMe.map((offer) => formatAddress(offer.address)),
    ...mine.map((offer) => formatAddress(offer.ticket)),
  ])
  if (watched.length > 0) filters.push({ kinds: [Kind.Deletion], '#a': watched })
  return filters
}

/** Reads one verified event into the sources (newest version per address wins). */
export const absorbEvent = (sources: NotificationSources, event: NostrEvent): void => {
  if (event.kind === Kind.Ticket) {
    const read = readTicket(event)
    const tickets = sources.tickets as Record<string, Ticket>
    if (!read.ok) return
    const key = formatAddress(read.value.address)
    if (isNewerVersion(read.value, tickets[key])) tickets[key] = read.value
  } else if (event.kind === Kind.Offer) {
    const read = readOffer(event)
    const offers = sources.offers as Record<string, Offer>
    if (!read.ok) return
    const key = formatAddress(read.value.address)
    if (isNewerVersion(read.value, offers[key])) offers[key] = read.value
  } else if (event.kind === Kind.Deletion) {
    const read = readDeletion(event)
    if (!read.ok) return
    const deleted = sources.deleted as Record<string, number>
    for (const address of read.value.addresses) {
      // only an event's author can delete it
      if (address.pubkey !== read.value.pubkey) continue
      const key = formatAddress(address)
      deleted[key] = Math.max(deleted[key] ?? 0, read.value.createdAt)
    }
  }
}

/**
 * Watches the relays for what concerns the signed-in person and keeps the notifications store's
 * list up to date. Returns the function that stops watching.
 */
export const watchNotifications = (me: string): (() => void) => {
  const sources: NotificationSources = { me, tickets: {}, offers: {}, deleted: {} }
  const store = useNotifications.getState
  let timer: ReturnType<typeof setTimeout> | undefined
  let followUpKey = ''
  let stopFollowUp: (() => void) | undefined
  let stopped = false
  // loaded once the relays answered the base filters and the first follow-up built on them
  let baseDone = false

  const onEvent = (event: NostrEvent) => {
    absorbEvent(sources, event)
    timer ??= setTimeout(settle, SETTLE_MS)
  }
  const onFollowUpEose = () => {
    timer ??= setTimeout(settle, SETTLE_MS)
    if (baseDone) store().setLoaded()
  }
  const settle = () => {
    timer = undefined
    if (stopped) return
    store().setItems(deriveNotifications(sources))
    const filters = followUpFilters(sources)
    const key = JSON.stringify(filters)
    if (key === followUpKey) return
    followUpKey = key
    stopFollowUp?.()
    stopFollowUp =
      filters.length > 0 ? subscribe(filters, { onEvent, onEose: onFollowUpEose }) : undefined
  }

  const stopBase = subscribe(baseFilters(me), {
    onEvent,
    onEose: () => {
      baseDone = true
      settle()
      if (!stopFollowUp) store().setLoaded()
    },
  })
  return () => {
    stopped = true
    clearTimeout(timer)
    stopBase()
    stopFollowUp?.()
  }
}

/**
 * Starts the signed-in person's notifications: read state from this device, then the watcher.
 * The returned function stops watching and forgets the list (signing out).
 */
export const startNotifications = (me: string, now: number): (() => void) => {
  useNotifications.getState().start(me, now)
  const stop = watchNotifications(me)
  return () => {
    stop()
    useNotifications.getState().clear()
  }
}
