import type { NostrEvent } from 'nostr-tools'
import { Kind } from './kinds'
import { readOffer } from './offer'
import type { DealSources } from './reputation-deals'
import { SATSHOOT_ORDER_KIND, readCardOrders, readSatShootOrder } from './satshoot-order'
import { readTicket } from './ticket'

/**
 * Reads raw tickets (32767), offers (32768), SatShoot orders (32766) and cards (32765, for the
 * orders they accepted) into DealSources; other kinds and unreadable events are skipped.
 * Signatures must be checked before.
 */
export const readDealSources = (events: readonly NostrEvent[]): DealSources => {
  const sources = {
    tickets: [] as NonNullable<DealSources['tickets']>[number][],
    offers: [] as NonNullable<DealSources['offers']>[number][],
    orders: [] as NonNullable<DealSources['orders']>[number][],
    cards: [] as NonNullable<DealSources['cards']>[number][],
  }
  for (const event of events) {
    if (event.kind === Kind.Ticket) {
      const read = readTicket(event)
      if (read.ok) sources.tickets.push(read.value)
    } else if (event.kind === Kind.Offer) {
      const read = readOffer(event)
      if (read.ok) sources.offers.push(read.value)
    } else if (event.kind === SATSHOOT_ORDER_KIND) {
      const read = readSatShootOrder(event)
      if (read.ok) sources.orders.push(read.value)
    } else if (event.kind === Kind.TroubleshooterCard) {
      const read = readCardOrders(event)
      if (read.ok) sources.cards.push(read.value)
    }
  }
  return sources
}
