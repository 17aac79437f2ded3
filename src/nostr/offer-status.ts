import type { Address } from './address'
import { sameAddress } from './address'
import type { Offer } from './offer'
import type { Ticket } from './ticket'

/** Derived from the ticket, never stored: Pending, Won or Lost. */
export type OfferStatus = 'pending' | 'won' | 'lost'

/**
 * Pending while the offer's ticket names no accepted offer (or is not known yet), Won when it
 * names this offer, Lost when it names another.
 */
export const offerStatus = (
  offer: Pick<Offer, 'address' | 'ticket'>,
  ticket: Pick<Ticket, 'address' | 'acceptedOffer'> | undefined,
): OfferStatus => {
  if (!ticket || !sameAddress(ticket.address, offer.ticket) || !ticket.acceptedOffer)
    return 'pending'
  return sameAddress(ticket.acceptedOffer, offer.address) ? 'won' : 'lost'
}

/** Whether the troubleshooter may still change or withdraw the offer. */
export const canEditOffer = (status: OfferStatus): boolean => status === 'pending'

const LABEL: Record<OfferStatus, string> = { pending: 'Pending', won: 'Won', lost: 'Lost' }

/** The status as people read it. */
export const offerStatusLabel = (status: OfferStatus): string => LABEL[status]

/** Whether `offer` is the one `ticketAccepted` names (handy with raw addresses). */
export const isAcceptedOffer = (offer: Address, ticketAccepted: Address | undefined): boolean =>
  sameAddress(offer, ticketAccepted)
