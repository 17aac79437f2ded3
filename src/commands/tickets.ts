import type { Offer } from '@/nostr/offer'
import { formatAddress, sameAddress } from '@/nostr/address'
import { makeAddressDeletion } from '@/nostr/deletion'
import { Kind } from '@/nostr/kinds'
import type { Ticket, TicketChanges, TicketInput } from '@/nostr/ticket'
import { editTicket, makeTicket, readTicket } from '@/nostr/ticket'
import { ticketStatusLabel, transitionTicket } from '@/nostr/ticket-state'
import { useMarketplace } from '@/stores/marketplace'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import {
  SIGN_IN_FIRST,
  TRY_AGAIN,
  fromBuild,
  loadLatest,
  nowSeconds,
  publishAndStore,
  randomD,
  secretsRefusal,
  signedInPubkey,
} from './command-support'

/** What the new-ticket form fills in; the command adds the random `d`. */
export type PostTicketInput = Omit<TicketInput, 'd'>

/** A new ticket prefilled from an old one (reopening a Failed ticket is posting a new one). */
export const reopenDraft = (ticket: Ticket): PostTicketInput => ({
  title: ticket.title,
  description: ticket.description,
  topics: [...ticket.topics],
  budget: ticket.budget,
  troubleshooter: ticket.acceptedOffer ? undefined : ticket.troubleshooter,
})

const ticketSecrets = (fields: { title?: string; description?: string }) =>
  secretsRefusal({ title: fields.title, description: fields.description })

/** Posts a new ticket (kind 32767, New) with a fresh random `d`. */
export const postTicket = async (input: PostTicketInput): Promise<CommandResult> => {
  if (!signedInPubkey()) return refuse(SIGN_IN_FIRST)
  const secrets = ticketSecrets(input)
  if (secrets) return refuse(secrets)
  let template
  try {
    template = makeTicket({ ...input, d: randomD() }, nowSeconds())
  } catch (error) {
    return refuse(`The ticket is not complete: ${(error as Error).message}.`)
  }
  return publishAndStore(template, `Ticket “${input.title}”`)
}

/** The newest version of my ticket from the relays, read; or why there is none to change. */
const loadMyTicket = async (ticket: Ticket) => {
  const me = signedInPubkey()
  if (!me) return { ok: false as const, reason: SIGN_IN_FIRST }
  if (me !== ticket.pubkey)
    return { ok: false as const, reason: 'Only its author can change a ticket.' }
  const event = await loadLatest(Kind.Ticket, ticket.pubkey, ticket.d)
  if (!event) return { ok: false as const, reason: `The ticket was not found: ${TRY_AGAIN}` }
  if (event.created_at < ticket.createdAt) {
    return {
      ok: false as const,
      reason: `The relays do not have the latest version yet. ${TRY_AGAIN}`,
    }
  }
  const read = readTicket(event)
  if (!read.ok) return { ok: false as const, reason: `The ticket is unreadable: ${read.reason}.` }
  return { ok: true as const, event, ticket: read.value }
}

/** Edits a ticket's title, description, topics, budget or direct request; only while New. */
export const updateTicket = async (
  ticket: Ticket,
  changes: TicketChanges,
): Promise<CommandResult> => {
  const secrets = ticketSecrets(changes)
  if (secrets) return refuse(secrets)
  const latest = await loadMyTicket(ticket)
  if (!latest.ok) return refuse(latest.reason)
  if (latest.ticket.status !== 'new') {
    return refuse(
      `Only a New ticket can be edited; this one is ${ticketStatusLabel(latest.ticket.status)}.`,
    )
  }
  return fromBuild(editTicket(latest.event, changes, nowSeconds()), 'Your ticket’s changes')
}

/** Closes a ticket as Resolved or Failed (from New or In progress). */
export const closeTicket = async (
  ticket: Ticket,
  outcome: 'resolved' | 'failed',
): Promise<CommandResult> => {
  const latest = await loadMyTicket(ticket)
  if (!latest.ok) return refuse(latest.reason)
  return fromBuild(
    transitionTicket(latest.event, outcome, nowSeconds()),
    `Closing of “${latest.ticket.title}”`,
  )
}

/** Accepts an offer: the ticket goes In progress naming the offer (`a`) and its author (`p`). */
export const acceptOffer = async (ticket: Ticket, offer: Offer): Promise<CommandResult> => {
  if (!sameAddress(offer.ticket, ticket.address)) return refuse('This offer is for another ticket.')
  const latest = await loadMyTicket(ticket)
  if (!latest.ok) return refuse(latest.reason)
  if (latest.ticket.status !== 'new') {
    return refuse(
      `Offers can only be accepted on a New ticket; this one is ${ticketStatusLabel(latest.ticket.status)}.`,
    )
  }
  const current = await loadLatest(Kind.Offer, offer.pubkey, offer.d)
  if (!current) return refuse('This offer was withdrawn or cannot be found on the relays.')
  return fromBuild(
    transitionTicket(latest.event, 'in-progress', nowSeconds(), offer.address),
    'Acceptance of the offer',
  )
}

/** Deletes a ticket (NIP-09 with its `a` tag); clients that honour deletions stop showing it. */
export const deleteTicket = async (ticket: Ticket): Promise<CommandResult> => {
  const me = signedInPubkey()
  if (!me) return refuse(SIGN_IN_FIRST)
  if (me !== ticket.pubkey) return refuse('Only its author can delete a ticket.')
  // a deletion only hides versions created up to its own time
  const known = useMarketplace.getState().tickets[formatAddress(ticket.address)]
  const at = Math.max(nowSeconds(), ticket.createdAt, known?.createdAt ?? 0)
  return publishAndStore(makeAddressDeletion(ticket.address, at), `Deletion of “${ticket.title}”`)
}
