import type { NostrEvent } from 'nostr-tools'
import { formatAddress } from '@/nostr/address'
import { readDeletion } from '@/nostr/deletion'
import { Kind } from '@/nostr/kinds'
import { readOffer } from '@/nostr/offer'
import { readTicket } from '@/nostr/ticket'
import { readTroubleshooterCard } from '@/nostr/troubleshooter-card'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'

/** A batch being filled from relay events (mutable while it fills). */
export type PendingBatch = {
  tickets: Ticket[]
  offers: Offer[]
  cards: TroubleshooterCard[]
  deletions: { address: string; at: number }[]
  deletedIds: { id: string; pubkey: string }[]
}

export const emptyBatch = (): PendingBatch => ({
  tickets: [],
  offers: [],
  cards: [],
  deletions: [],
  deletedIds: [],
})

/**
 * Reads one verified event into `batch` with the src/nostr readers; unreadable events are
 * dropped. A deletion only counts for addresses of its own author. Returns the address the event
 * is a version of (for deletion watching), if it is a ticket, offer or card.
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
      if (!read.ok) return undefined
      const { pubkey, createdAt, addresses, eventIds } = read.value
      for (const address of addresses) {
        if (address.pubkey === pubkey)
          batch.deletions.push({ address: formatAddress(address), at: createdAt })
      }
      for (const id of eventIds) batch.deletedIds.push({ id, pubkey })
      return undefined
    }
    default:
      return undefined
  }
}
