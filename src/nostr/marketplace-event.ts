import type { NostrEvent } from 'nostr-tools'
import { Kind } from './kinds'
import type { PendingBatch } from './marketplace-batch'
import { readTicketOrDeletion } from './marketplace-batch'
import { readOffer } from './offer'
import { readTroubleshooterCard } from './troubleshooter-card'

/**
 * Reads any marketplace event (ticket, offer, troubleshooter card, deletion) into `batch` with the
 * readers of src/nostr; what does not read is dropped.
 */
export const readMarketplaceEvent = (event: NostrEvent, batch: PendingBatch): void => {
  if (event.kind === Kind.Offer) {
    const read = readOffer(event)
    if (read.ok) batch.offers.push(read.value)
  } else if (event.kind === Kind.TroubleshooterCard) {
    const read = readTroubleshooterCard(event)
    if (read.ok) batch.cards.push(read.value)
  } else {
    readTicketOrDeletion(event, batch)
  }
}
