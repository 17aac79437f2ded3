import type { NostrEvent } from 'nostr-tools'
import type { Deletion } from './deletion'
import { readDeletion } from './deletion'
import { Kind } from './kinds'
import type { Offer } from './offer'
import type { Ticket } from './ticket'
import { readTicket } from './ticket'
import type { TroubleshooterCard } from './troubleshooter-card'

/** The marketplace's events read into values, one list per kind (mutable while it fills). */
export type PendingBatch = {
  tickets: Ticket[]
  offers: Offer[]
  cards: TroubleshooterCard[]
  deletions: Deletion[]
}

export const emptyBatch = (): PendingBatch => ({
  tickets: [],
  offers: [],
  cards: [],
  deletions: [],
})

/** Kinds `readTicketOrDeletion` reads; offers and cards are read by marketplace-event.ts. */
export const isTicketOrDeletion = (event: { kind: number }): boolean =>
  event.kind === Kind.Ticket || event.kind === Kind.Deletion

/**
 * Reads a ticket or a deletion into `batch` (unreadable ones are dropped; who may delete what is
 * decided by deletion.ts when the batch is applied). The feed's first screen needs only these.
 */
export const readTicketOrDeletion = (event: NostrEvent, batch: PendingBatch): void => {
  if (event.kind === Kind.Ticket) {
    const read = readTicket(event)
    if (read.ok) batch.tickets.push(read.value)
  } else if (event.kind === Kind.Deletion) {
    const read = readDeletion(event)
    if (read.ok) batch.deletions.push(read.value)
  }
}
