import type { Ticket, TicketStatus } from '@/nostr/ticket'

/** Which tickets the feed shows: one status, or every status. */
export type FeedStatus = TicketStatus | 'all'

/** A ticket dated this far in the future is from a broken or dishonest clock: hidden. */
const MAX_CLOCK_SKEW = 15 * 60

/** The key of a ticket's address: all versions of one ticket share it. */
export const ticketKey = (ticket: Pick<Ticket, 'pubkey' | 'd'>): string =>
  `${ticket.pubkey}:${ticket.d}`

/**
 * Which of two versions of the same ticket wins (NIP-01 addressable events): the newer
 * `created_at`, and on a tie the lower event id.
 */
export const newerTicket = (current: Ticket | undefined, candidate: Ticket): Ticket => {
  if (!current) return candidate
  if (candidate.createdAt !== current.createdAt) {
    return candidate.createdAt > current.createdAt ? candidate : current
  }
  return candidate.id < current.id ? candidate : current
}

/**
 * When a ticket was posted, for sorting: its `published_at`, but never later than the event
 * itself, so nobody can pin a ticket to the top by writing a date in the future.
 */
export const postedAt = (ticket: Ticket): number => Math.min(ticket.publishedAt, ticket.createdAt)

/** Whether a ticket may be listed at `now`: not dated in the future. */
export const isPlausiblyDated = (ticket: Ticket, now: number): boolean =>
  ticket.createdAt <= now + MAX_CLOCK_SKEW

/**
 * The tickets to list, from the newest version of each: not deleted by their author (a NIP-09
 * deletion at or after that version), none from the future.
 */
export const liveTickets = (
  tickets: Iterable<Ticket>,
  deletedAt: ReadonlyMap<string, number>,
  now: number,
): Ticket[] =>
  [...tickets].filter((ticket) => {
    const deletion = deletedAt.get(ticketKey(ticket))
    return (deletion === undefined || deletion < ticket.createdAt) && isPlausiblyDated(ticket, now)
  })
