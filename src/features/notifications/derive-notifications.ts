import { priceLine } from '@/components/ui/price-text'
import { formatAddress } from '@/nostr/address'
import type { Offer } from '@/nostr/offer'
import { offerStatus } from '@/nostr/offer-status'
import type { Ticket, TicketStatus } from '@/nostr/ticket'
import type { DeletionIndex } from '@/nostr/deletion'
import { isHidden } from '@/stores/marketplace'
import type { AppNotification } from '@/stores/notifications'

/** What the watcher knows: the newest readable version of each ticket and offer, by address. */
export type NotificationSources = {
  /** The signed-in person. */
  me: string
  tickets: Readonly<Record<string, Ticket>>
  offers: Readonly<Record<string, Offer>>
  /** Every deletion seen (src/nostr/deletion.ts decides what it hides). */
  deletions: DeletionIndex
}

const quoted = (title: string) => `“${title}”`

/** When the ticket last moved to `status` (from its history), else when this version was made. */
const reachedAt = (ticket: Ticket, status: TicketStatus): number =>
  ticket.stateHistory.findLast((change) => change.to === status)?.at ?? ticket.createdAt

/** Offers by others on tickets of mine. */
const offersOnMyTickets = ({ me, tickets, offers, deletions }: NotificationSources) =>
  Object.values(offers).flatMap((offer): AppNotification[] => {
    if (offer.pubkey === me || offer.ticket.pubkey !== me || isHidden(offer, { deletions }))
      return []
    const ticketAddress = formatAddress(offer.ticket)
    const ticket = tickets[ticketAddress]
    if (!ticket || isHidden(ticket, { deletions })) return []
    return [
      {
        id: `offer:${formatAddress(offer.address)}`,
        kind: 'offer',
        at: offer.publishedAt,
        ticketAddress,
        text: `New offer on ${quoted(ticket.title)}: ${priceLine(offer.pricing)}`,
        from: offer.pubkey,
      },
    ]
  })

/** My offers that won or lost, and tickets I offered on that were closed. */
const myOfferOutcomes = ({ me, tickets, offers, deletions }: NotificationSources) =>
  Object.values(offers).flatMap((offer): AppNotification[] => {
    if (offer.pubkey !== me || isHidden(offer, { deletions })) return []
    const ticketAddress = formatAddress(offer.ticket)
    const ticket = tickets[ticketAddress]
    if (!ticket || ticket.pubkey === me || isHidden(ticket, { deletions })) return []
    const items: AppNotification[] = []
    const status = offerStatus(offer, ticket)
    const offerAddress = formatAddress(offer.address)
    if (status === 'won' || status === 'lost') {
      items.push({
        id: `${status}:${offerAddress}`,
        kind: status,
        at: reachedAt(ticket, 'in-progress'),
        ticketAddress,
        text:
          status === 'won'
            ? `Your offer on ${quoted(ticket.title)} was accepted`
            : `Another troubleshooter's offer was accepted on ${quoted(ticket.title)}`,
        from: ticket.pubkey,
      })
    }
    if (ticket.status === 'resolved' || ticket.status === 'failed') {
      items.push({
        id: `closed:${ticketAddress}:${ticket.status}`,
        kind: 'closed',
        at: reachedAt(ticket, ticket.status),
        ticketAddress,
        text: `${quoted(ticket.title)} was closed as ${ticket.status === 'resolved' ? 'resolved' : 'failed'}`,
        from: ticket.pubkey,
      })
    }
    return items
  })

/** New tickets that name me as the troubleshooter they ask directly. */
const directRequests = ({ me, tickets, deletions }: NotificationSources) =>
  Object.values(tickets).flatMap((ticket): AppNotification[] =>
    ticket.pubkey !== me &&
    ticket.status === 'new' &&
    ticket.troubleshooter === me &&
    !isHidden(ticket, { deletions })
      ? [
          {
            id: `request:${formatAddress(ticket.address)}`,
            kind: 'request',
            at: ticket.publishedAt,
            ticketAddress: formatAddress(ticket.address),
            text: `You were asked directly to help with ${quoted(ticket.title)}`,
            from: ticket.pubkey,
          },
        ]
      : [],
  )

/**
 * Every notification the known tickets and offers imply for `me`. Pure and deterministic: the
 * same events give the same ids, so read marks survive reloads.
 */
export const deriveNotifications = (sources: NotificationSources): AppNotification[] => {
  const items = [
    ...offersOnMyTickets(sources),
    ...myOfferOutcomes(sources),
    ...directRequests(sources),
  ]
  const byId = new Map(items.map((item) => [item.id, item]))
  return [...byId.values()].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
}
