import type { Address } from './address'
import { formatAddress } from './address'
import type { Offer } from './offer'
import type { CardOrders, SatShootOrder } from './satshoot-order'
import type { Ticket } from './ticket'
import type { Version } from './versions'
import { isNewerVersion } from './versions'

/**
 * Who dealt with whom, proven by the events both sides signed: a ticket whose accepted offer
 * (`a`) is known and answers that ticket, or a SatShoot order its card accepted (the card lists
 * the order in an `a`). Nothing else is a deal. A deal with oneself is no deal.
 */
export type Deal = {
  via: 'offer' | 'order'
  /** The Bitcoiner: the ticket's or the order's author. */
  bitcoiner: string
  /** The troubleshooter: the accepted offer's or the ordered card's author. */
  troubleshooter: string
  /** The Bitcoiner's side: the ticket or the order. */
  request: Address
  /** The troubleshooter's side: the accepted offer or the ordered card. */
  answer: Address
  /** From the ticket's status (or the order's): still open, resolved or failed. */
  outcome: 'open' | 'resolved' | 'failed'
}

/** Everything a deal can be proven from; several versions of one address may be given. */
export type DealSources = {
  tickets: readonly Ticket[]
  offers: readonly Offer[]
  /** SatShoot orders (kind 32766), from `readSatShootOrder`. */
  orders?: readonly SatShootOrder[]
  /** Which orders each card accepted, from `readCardOrders` on raw kind 32765 events. */
  cards?: readonly CardOrders[]
}

/** Deals looked up by address in O(1), plus the newest versions that explain a missing deal. */
export type DealIndex = {
  deals: Deal[]
  byOffer: Map<string, Deal>
  byTicket: Map<string, Deal>
  byOrder: Map<string, Deal>
  /** `<card address>><client pubkey>` → the client's deals on that card. */
  byCardAndClient: Map<string, Deal[]>
  /** Both parties' pubkeys → their deals. */
  byPerson: Map<string, Deal[]>
  tickets: Map<string, Ticket>
  /** Offer address → a ticket (newest version) whose `a` names it, deal or not. */
  ticketsAccepting: Map<string, Ticket>
  offers: Map<string, Offer>
  orders: Map<string, SatShootOrder>
  cards: Map<string, CardOrders>
  /** `<card address>><client pubkey>` → that client's orders on the card, accepted or not. */
  ordersByCardAndClient: Map<string, SatShootOrder[]>
}

const newest = <T extends Version & { address: Address }>(items: readonly T[]) => {
  const map = new Map<string, T>()
  for (const item of items) {
    const key = formatAddress(item.address)
    if (isNewerVersion(item, map.get(key))) map.set(key, item)
  }
  return map
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** `<card address>><client>`: the key of a client's deals on one card. */
export const cardClientKey = (card: Address, client: string): string =>
  `${formatAddress(card)}>${client}`

const TICKET_OUTCOME = {
  new: 'open',
  'in-progress': 'open',
  resolved: 'resolved',
  failed: 'failed',
}
const ORDER_OUTCOME = { open: 'open', fulfilled: 'resolved', failed: 'failed' } as const

/** Indexes deals once, in one pass over each list (newest version per address). */
export const indexDeals = (sources: DealSources): DealIndex => {
  const tickets = newest(sources.tickets)
  const offers = newest(sources.offers)
  const orders = newest(sources.orders ?? [])
  const cards = newest(sources.cards ?? [])
  const index: DealIndex = {
    deals: [],
    byOffer: new Map(),
    byTicket: new Map(),
    byOrder: new Map(),
    byCardAndClient: new Map(),
    byPerson: new Map(),
    tickets,
    ticketsAccepting: new Map(),
    offers,
    orders,
    cards,
    ordersByCardAndClient: new Map(),
  }
  const add = (deal: Deal) => {
    index.deals.push(deal)
    push(index.byPerson, deal.bitcoiner, deal)
    push(index.byPerson, deal.troubleshooter, deal)
  }
  for (const [key, ticket] of tickets) {
    if (!ticket.acceptedOffer) continue
    const offerKey = formatAddress(ticket.acceptedOffer)
    index.ticketsAccepting.set(offerKey, ticket)
    const offer = offers.get(offerKey)
    if (!offer || formatAddress(offer.ticket) !== key || offer.pubkey === ticket.pubkey) continue
    const deal: Deal = {
      via: 'offer',
      bitcoiner: ticket.pubkey,
      troubleshooter: offer.pubkey,
      request: ticket.address,
      answer: offer.address,
      outcome: TICKET_OUTCOME[ticket.status] as Deal['outcome'],
    }
    index.byOffer.set(offerKey, deal)
    index.byTicket.set(key, deal)
    add(deal)
  }
  const accepted = new Set<string>()
  for (const card of cards.values())
    for (const order of card.orders)
      accepted.add(`${formatAddress(order)}<${formatAddress(card.address)}`)
  for (const [key, order] of orders) {
    push(index.ordersByCardAndClient, cardClientKey(order.service, order.pubkey), order)
    const card = formatAddress(order.service)
    if (!cards.has(card) || !accepted.has(`${key}<${card}`)) continue
    const deal: Deal = {
      via: 'order',
      bitcoiner: order.pubkey,
      troubleshooter: order.service.pubkey,
      request: order.address,
      answer: order.service,
      outcome: ORDER_OUTCOME[order.status],
    }
    index.byOrder.set(key, deal)
    push(index.byCardAndClient, cardClientKey(order.service, order.pubkey), deal)
    add(deal)
  }
  return index
}
