import type { Filter } from 'nostr-tools'
import { formatAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import { useMarketplace } from '@/stores/marketplace'
import { watchMarketplace } from '@/stores/marketplace-sync'
import { useNotifications } from '@/stores/notifications'
import type { NotificationSources } from './derive-notifications'
import { deriveNotifications } from './derive-notifications'

/** The store changes in bursts: the list is derived again at most this often. */
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

const sourcesFor = (me: string): NotificationSources => {
  const { tickets, offers, deletions } = useMarketplace.getState()
  return { me, tickets, offers, deletions }
}

/**
 * Watches the relays (through the marketplace store, the one read model) for what concerns the
 * signed-in person and keeps the notifications store's list up to date. Returns the function
 * that stops watching.
 */
export const watchNotifications = (me: string): (() => void) => {
  const store = useNotifications.getState
  let timer: ReturnType<typeof setTimeout> | undefined
  let followUpKey = ''
  let stopFollowUp: (() => void) | undefined
  let stopped = false
  let baseDone = false

  const settle = () => {
    timer = undefined
    if (stopped) return
    const sources = sourcesFor(me)
    store().setItems(deriveNotifications(sources))
    const filters = followUpFilters(sources)
    const key = JSON.stringify(filters)
    if (key === followUpKey) return
    followUpKey = key
    const previous = stopFollowUp
    stopFollowUp =
      filters.length > 0
        ? watchMarketplace(filters, { onEose: () => baseDone && store().setLoaded() })
        : undefined
    previous?.()
  }
  const stopStore = useMarketplace.subscribe(() => {
    timer ??= setTimeout(settle, SETTLE_MS)
  })
  const stopBase = watchMarketplace(baseFilters(me), {
    onEose: () => {
      baseDone = true
      settle()
      if (!stopFollowUp) store().setLoaded()
    },
  })
  settle()
  return () => {
    stopped = true
    clearTimeout(timer)
    stopStore()
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
