import { formatAddress } from '@/nostr/address'
import type { Offer } from '@/nostr/offer'
import type { OfferStatus } from '@/nostr/offer-status'
import { offerStatus } from '@/nostr/offer-status'
import type { Ticket } from '@/nostr/ticket'
import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'
import type { MarketplaceState } from './marketplace'
import { isHidden, visibleAt } from './marketplace'

// Derived lists over the marketplace store. The hooks memoise them on the maps they read; an
// empty result is always the same array, so an empty list never causes a re-render.

type Deletions = Pick<MarketplaceState, 'deletions'>

const NO_TICKETS: Ticket[] = []
const NO_OFFERS: Offer[] = []
const NO_MY_OFFERS: MyOffer[] = []
const NO_CARDS: TroubleshooterCard[] = []

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)

/** Every ticket whose author did not delete it, in no particular order. */
export const visibleTickets = (state: Pick<MarketplaceState, 'tickets'> & Deletions): Ticket[] => {
  const tickets = Object.values(state.tickets).filter((ticket) => !isHidden(ticket, state))
  return tickets.length === 0 ? NO_TICKETS : tickets
}

/** Offers on one ticket that their authors did not withdraw, first made first. */
export const offersOnTicket = (
  state: Pick<MarketplaceState, 'offers'> & Deletions,
  ticketAddress: string,
): Offer[] => {
  const offers = Object.values(state.offers).filter(
    (offer) => formatAddress(offer.ticket) === ticketAddress && !isHidden(offer, state),
  )
  if (offers.length === 0) return NO_OFFERS
  return offers.sort((a, b) => a.publishedAt - b.publishedAt || byId(a, b))
}

/** A person's tickets they did not delete, newest first. */
export const ticketsBy = (
  state: Pick<MarketplaceState, 'tickets'> & Deletions,
  pubkey: string,
): Ticket[] => {
  const tickets = Object.values(state.tickets).filter(
    (ticket) => ticket.pubkey === pubkey && !isHidden(ticket, state),
  )
  if (tickets.length === 0) return NO_TICKETS
  return tickets.sort((a, b) => b.publishedAt - a.publishedAt || byId(a, b))
}

/** The visible offers on each of `ticketAddresses`, first made first. */
export const offersByTicket = (
  state: Pick<MarketplaceState, 'offers'> & Deletions,
  ticketAddresses: readonly string[],
): Record<string, Offer[]> => {
  const wanted = new Set(ticketAddresses)
  const byTicket: Record<string, Offer[]> = {}
  for (const offer of Object.values(state.offers)) {
    const ticket = formatAddress(offer.ticket)
    if (!wanted.has(ticket) || isHidden(offer, state)) continue
    ;(byTicket[ticket] ??= []).push(offer)
  }
  for (const list of Object.values(byTicket)) {
    list.sort((a, b) => a.publishedAt - b.publishedAt || byId(a, b))
  }
  return byTicket
}

/** One of my offers with its ticket (once loaded) and its derived status. */
export type MyOffer = { offer: Offer; ticket?: Ticket; status: OfferStatus }

/** A troubleshooter's visible offers, newest first, each with its ticket and Pending/Won/Lost. */
export const myOffers = (
  state: Pick<MarketplaceState, 'tickets' | 'offers'> & Deletions,
  pubkey: string,
): MyOffer[] => {
  const offers = Object.values(state.offers).filter(
    (offer) => offer.pubkey === pubkey && !isHidden(offer, state),
  )
  if (offers.length === 0) return NO_MY_OFFERS
  return offers
    .sort((a, b) => b.createdAt - a.createdAt || byId(a, b))
    .map((offer) => {
      const ticket = visibleAt(state.tickets, formatAddress(offer.ticket), state)
      return { offer, ticket, status: offerStatus(offer, ticket) }
    })
}

/**
 * One card per troubleshooter (their newest visible one; SatShoot users may have several),
 * newest first; only `pubkey`'s when given.
 */
export const cardsByTroubleshooter = (
  state: Pick<MarketplaceState, 'cards'> & Deletions,
  pubkey?: string,
): TroubleshooterCard[] => {
  const newest = new Map<string, TroubleshooterCard>()
  for (const card of Object.values(state.cards)) {
    if ((pubkey !== undefined && card.pubkey !== pubkey) || isHidden(card, state)) continue
    const known = newest.get(card.pubkey)
    if (!known || card.createdAt > known.createdAt) newest.set(card.pubkey, card)
  }
  if (newest.size === 0) return NO_CARDS
  return [...newest.values()].sort((a, b) => b.createdAt - a.createdAt || byId(a, b))
}
