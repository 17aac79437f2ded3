import { formatAddress } from '@/nostr/address'
import type { Ticket, TicketStatus } from '@/nostr/ticket'

/** Which tickets the feed shows: one status, or every status. */
export type FeedStatus = TicketStatus | 'all'

/** The key of a ticket's address (`32767:<pubkey>:<d>`): all versions of one ticket share it. */
export const ticketKey = (ticket: Pick<Ticket, 'address'>): string => formatAddress(ticket.address)
