import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { addressTag, formatAddress, toAddress } from './address'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { setTag, setTags } from './tags'
import { keepPublishedAt, readTicket } from './ticket'
import type { TicketStatus } from './ticket-status'
import { ticketStatusToWire } from './ticket-status'

export type { TicketStatus, TicketStateChange } from './ticket-status'
export { TICKET_STATUSES, ticketStatusFromWire, ticketStatusToWire } from './ticket-status'

const LEGAL: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['in-progress', 'resolved', 'failed'],
  'in-progress': ['resolved', 'failed'],
  resolved: [],
  failed: [],
}

/** Whether the state machine allows `from → to` (Resolved and Failed are final). */
export const canTransition = (from: TicketStatus, to: TicketStatus): boolean =>
  LEGAL[from].includes(to)

/** Only New tickets take offers. */
export const takesOffers = (status: TicketStatus): boolean => status === 'new'

const LABEL: Record<TicketStatus, string> = {
  new: 'New',
  'in-progress': 'In progress',
  resolved: 'Resolved',
  failed: 'Failed',
}

/** The status as people read it: New, In progress, Resolved, Failed. */
export const ticketStatusLabel = (status: TicketStatus): string => LABEL[status]

/**
 * Republishes a ticket in state `to`: updates `s`, appends `state_history`, keeps `published_at`
 * and every other tag. Moving to In progress needs the accepted offer's address: it adds the
 * `a` tag and makes the winner the ticket's `p`. Illegal moves come back as a refusal.
 */
export const transitionTicket = (
  previous: NostrEvent,
  to: TicketStatus,
  now: number,
  acceptedOffer?: Address | string,
): ReadResult<EventTemplate> => {
  const ticket = readTicket(previous)
  if (!ticket.ok) return reject(`the ticket cannot change state: ${ticket.reason}`)
  const from = ticket.value.status
  if (!canTransition(from, to)) {
    return reject(`a ${LABEL[from]} ticket cannot become ${LABEL[to]}`)
  }
  let tags = keepPublishedAt(previous)
  if (to === 'in-progress') {
    if (acceptedOffer === undefined) return reject('accepting needs the address of the offer')
    const offer = toAddress(acceptedOffer)
    if (!offer.ok) return reject(`the accepted offer's address is unreadable: ${offer.reason}`)
    if (offer.value.kind !== Kind.Offer) {
      return reject(`${formatAddress(offer.value)} is not an offer (32768)`)
    }
    if (offer.value.pubkey === ticket.value.pubkey)
      return reject('you cannot accept your own offer')
    tags = setTags(tags, 'a', [addressTag(offer.value)])
    // the direct request (if any) is superseded: `p` now names the troubleshooter who won
    tags = setTags(tags, 'p', [['p', offer.value.pubkey]])
  } else if (acceptedOffer !== undefined) {
    return reject(`only accepting an offer names one; a ticket becoming ${LABEL[to]} does not`)
  }
  tags = setTag(tags, 's', ticketStatusToWire(to))
  // the original app wrote `status`; keep it in step rather than contradicting `s`
  if (tags.some((tag) => tag[0] === 'status')) tags = setTag(tags, 'status', ticketStatusToWire(to))
  tags.push(['state_history', ticketStatusToWire(from), ticketStatusToWire(to), String(now)])
  return accept({
    kind: Kind.Ticket,
    created_at: Math.max(now, previous.created_at + 1),
    tags,
    content: previous.content,
  })
}
