import type { NostrEvent } from 'nostr-tools'
import { formatAddress } from './address'
import type { Deletion } from './deletion'
import { readDeletion } from './deletion'
import { Kind } from './kinds'
import type { Offer } from './offer'
import { readOffer } from './offer'
import type { Ticket } from './ticket'
import { readTicket } from './ticket'
import type { TroubleshooterCard } from './troubleshooter-card'
import { readTroubleshooterCard } from './troubleshooter-card'

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

/** The marketplace kinds (what the read model and the offline cache keep). */
export const MARKETPLACE_KINDS: readonly number[] = [
  Kind.Ticket,
  Kind.Offer,
  Kind.TroubleshooterCard,
  Kind.Deletion,
]

/**
 * Reads one verified event into `batch` with the readers of src/nostr; unreadable events are
 * dropped (who may delete what is decided by deletion.ts when the batch is applied). Returns the
 * address the event is a version of (for deletion watching), if it is a ticket, offer or card.
 */
export const readMarketplaceEvent = (
  event: NostrEvent,
  batch: PendingBatch,
): string | undefined => {
  switch (event.kind) {
    case Kind.Ticket: {
      const read = readTicket(event)
      if (!read.ok) return undefined
      batch.tickets.push(read.value)
      return formatAddress(read.value.address)
    }
    case Kind.Offer: {
      const read = readOffer(event)
      if (!read.ok) return undefined
      batch.offers.push(read.value)
      return formatAddress(read.value.address)
    }
    case Kind.TroubleshooterCard: {
      const read = readTroubleshooterCard(event)
      if (!read.ok) return undefined
      batch.cards.push(read.value)
      return formatAddress(read.value.address)
    }
    case Kind.Deletion: {
      const read = readDeletion(event)
      if (read.ok) batch.deletions.push(read.value)
      return undefined
    }
    default:
      return undefined
  }
}
