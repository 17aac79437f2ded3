import { formatAddress } from '@/nostr/address'
import type { Ticket, TicketStatus } from '@/nostr/ticket'

/** Which tickets the feed shows: one status, or every status. */
export type FeedStatus = TicketStatus | 'all'

/** The key of a ticket's address (`32767:<pubkey>:<d>`): all versions of one ticket share it. */
export const ticketKey = (ticket: Pick<Ticket, 'address'>): string => formatAddress(ticket.address)

/**
 * When a ticket was posted, for sorting: its `published_at`, but never later than the event
 * itself, so nobody can pin a ticket to the top by writing a date in the future.
 */
export const postedAt = (ticket: Ticket): number => Math.min(ticket.publishedAt, ticket.createdAt)
