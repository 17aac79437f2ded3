import { formatAddress } from './address'
import { Kind } from './kinds'
import type { Deal, DealIndex } from './reputation-deals'
import { cardClientKey } from './reputation-deals'
import type { BitcoinerReview, Review, TroubleshooterReview } from './review'

/** Whether a review is verified, with the deal that proves it, or why not in plain words. */
export type Verification = { verified: true; deal: Deal } | { verified: false; reason: string }

const no = (reason: string): Verification => ({ verified: false, reason })

const ofOffer = (review: TroubleshooterReview, deals: DealIndex): Verification => {
  const key = formatAddress(review.reviewed)
  const deal = deals.byOffer.get(key)
  if (deal) {
    return deal.bitcoiner === review.author
      ? { verified: true, deal }
      : no('stranger: only the Bitcoiner who accepted this offer can review it')
  }
  const offer = deals.offers.get(key)
  if (!offer) return no('the reviewed offer is not known, so the deal cannot be checked')
  const accepting = deals.ticketsAccepting.get(key)
  if (accepting && accepting.pubkey === offer.pubkey)
    return no('a deal with oneself does not count')
  if (accepting && formatAddress(accepting.address) !== formatAddress(offer.ticket))
    return no('the reviewed offer answers a different ticket than the one that accepted it')
  const ticket = deals.tickets.get(formatAddress(offer.ticket))
  if (!ticket) return no('the offer’s ticket is not known, so the deal cannot be checked')
  if (ticket.pubkey !== review.author)
    return no('stranger: only the Bitcoiner who accepted this offer can review it')
  return no('the deal was never accepted: the ticket did not accept this offer')
}

const ofCard = (review: TroubleshooterReview, deals: DealIndex): Verification => {
  const key = cardClientKey(review.reviewed, review.author)
  const deal = deals.byCardAndClient.get(key)?.at(-1)
  if (deal) return { verified: true, deal }
  if (!deals.cards.has(formatAddress(review.reviewed)))
    return no('the reviewed card is not known, so the deal cannot be checked')
  if (deals.ordersByCardAndClient.has(key))
    return no('the deal was never accepted: the card never took the reviewer’s order')
  return no('stranger: the reviewer never ordered this card')
}

const ofTicket = (review: BitcoinerReview, deals: DealIndex): Verification => {
  const key = formatAddress(review.reviewed)
  const deal = deals.byTicket.get(key)
  if (deal) {
    return deal.troubleshooter === review.author
      ? { verified: true, deal }
      : no('stranger: only the troubleshooter whose offer was accepted can review this ticket')
  }
  const ticket = deals.tickets.get(key)
  if (!ticket) return no('the reviewed ticket is not known, so the deal cannot be checked')
  if (!ticket.acceptedOffer) return no('the deal was never accepted: the ticket accepted no offer')
  if (ticket.acceptedOffer.pubkey !== review.author)
    return no('stranger: only the troubleshooter whose offer was accepted can review this ticket')
  const offer = deals.offers.get(formatAddress(ticket.acceptedOffer))
  if (!offer) return no('the accepted offer is not known, so the deal cannot be checked')
  if (offer.pubkey === ticket.pubkey) return no('a deal with oneself does not count')
  return no('the accepted offer answers a different ticket than this one')
}

const ofOrder = (review: BitcoinerReview, deals: DealIndex): Verification => {
  const key = formatAddress(review.reviewed)
  const deal = deals.byOrder.get(key)
  if (deal) {
    return deal.troubleshooter === review.author
      ? { verified: true, deal }
      : no('stranger: only the troubleshooter whose card took this order can review it')
  }
  const order = deals.orders.get(key)
  if (!order) return no('the reviewed order is not known, so the deal cannot be checked')
  if (order.service.pubkey !== review.author)
    return no('stranger: only the troubleshooter whose card took this order can review it')
  if (!deals.cards.has(formatAddress(order.service)))
    return no('the ordered card is not known, so the deal cannot be checked')
  return no('the deal was never accepted: the card never took this order')
}

/**
 * Whether a review's author really was the counterparty of the deal it names, in O(1) lookups.
 * Of a troubleshooter: by the Bitcoiner whose ticket accepted the reviewed offer, or (SatShoot)
 * by a client whose order the reviewed card accepted. Of a Bitcoiner: by the troubleshooter whose
 * offer the reviewed ticket accepted, or whose card accepted the reviewed order.
 */
export const verifyReview = (review: Review, deals: DealIndex): Verification => {
  if (review.about === 'troubleshooter') {
    return review.reviewed.kind === Kind.Offer ? ofOffer(review, deals) : ofCard(review, deals)
  }
  return review.reviewed.kind === Kind.Ticket ? ofTicket(review, deals) : ofOrder(review, deals)
}
