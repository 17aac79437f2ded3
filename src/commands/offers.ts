import type { Address } from '@/nostr/address'
import { formatAddress } from '@/nostr/address'
import { makeAddressDeletion } from '@/nostr/deletion'
import { Kind } from '@/nostr/kinds'
import type { Offer, OfferChanges } from '@/nostr/offer'
import { editOffer, makeOffer, readOffer } from '@/nostr/offer'
import { offerStatus, offerStatusLabel } from '@/nostr/offer-status'
import type { PricingInput } from '@/nostr/pricing'
import type { Ticket } from '@/nostr/ticket'
import { readTicket } from '@/nostr/ticket'
import { ticketStatusLabel } from '@/nostr/ticket-state'
import { isHidden, useMarketplace } from '@/stores/marketplace'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import {
  SIGN_IN_FIRST,
  TRY_AGAIN,
  fromBuild,
  loadInto,
  loadLatest,
  nowSeconds,
  publishAndStore,
  randomD,
  secretsRefusal,
  signedInPubkey,
} from './command-support'

/** What the offer form fills in. */
export type SendOfferInput = { pricing: PricingInput; coverLetter: string }

/** The ticket's newest version from the relays, read (undefined if gone or unreadable). */
const loadTicket = async (address: Address): Promise<Ticket | undefined> => {
  const event = await loadLatest(Kind.Ticket, address.pubkey, address.d)
  const read = event && readTicket(event)
  return read?.ok ? read.value : undefined
}

/** Whether `me` already has a live (not withdrawn) offer on the ticket, on the relays or here. */
const hasOfferOn = async (me: string, ticket: Address): Promise<boolean> => {
  const ticketKey = formatAddress(ticket)
  const events = await loadInto([{ kinds: [Kind.Offer], authors: [me], '#a': [ticketKey] }])
  const addresses = events.flatMap((event) => {
    const read = readOffer(event)
    return read.ok ? [formatAddress(read.value.address)] : []
  })
  if (addresses.length > 0) {
    await loadInto([{ kinds: [Kind.Deletion], authors: [me], '#a': addresses }])
  }
  const state = useMarketplace.getState()
  return Object.values(state.offers).some(
    (offer) =>
      offer.pubkey === me && formatAddress(offer.ticket) === ticketKey && !isHidden(offer, state),
  )
}

/** Makes an offer on a New ticket; one per troubleshooter per ticket. */
export const sendOffer = async (ticket: Ticket, input: SendOfferInput): Promise<CommandResult> => {
  const me = signedInPubkey()
  if (!me) return refuse(SIGN_IN_FIRST)
  if (me === ticket.pubkey) return refuse('You cannot make an offer on your own ticket.')
  const secrets = secretsRefusal({ 'cover letter': input.coverLetter })
  if (secrets) return refuse(secrets)
  const [latest, already] = await Promise.all([
    loadTicket(ticket.address),
    hasOfferOn(me, ticket.address),
  ])
  if (!latest) return refuse(`The ticket was not found (it may have been deleted). ${TRY_AGAIN}`)
  if (latest.status !== 'new') {
    return refuse(`This ticket is ${ticketStatusLabel(latest.status)}: it no longer takes offers.`)
  }
  if (already) return refuse('You already made an offer on this ticket: edit that one instead.')
  let template
  try {
    template = makeOffer(
      { d: randomD(), ticket: ticket.address, troubleshooter: me, ...input },
      nowSeconds(),
    )
  } catch (error) {
    return refuse(`The offer is not complete: ${(error as Error).message}.`)
  }
  return publishAndStore(template, 'Your offer')
}

/** The offer's newest version and its status (from its ticket's newest version). */
const loadMyOffer = async (offer: Offer) => {
  const me = signedInPubkey()
  if (!me) return { ok: false as const, reason: SIGN_IN_FIRST }
  if (me !== offer.pubkey)
    return { ok: false as const, reason: 'Only its author can change an offer.' }
  const [event, ticket] = await Promise.all([
    loadLatest(Kind.Offer, offer.pubkey, offer.d),
    loadTicket(offer.ticket),
  ])
  if (!event)
    return {
      ok: false as const,
      reason: `The offer was not found (it may have been withdrawn). ${TRY_AGAIN}`,
    }
  return { ok: true as const, event, status: offerStatus(offer, ticket) }
}

/** Changes an offer's price or cover letter while it is Pending (the price history is kept). */
export const updateOffer = async (offer: Offer, changes: OfferChanges): Promise<CommandResult> => {
  const secrets = secretsRefusal({ 'cover letter': changes.coverLetter })
  if (secrets) return refuse(secrets)
  const latest = await loadMyOffer(offer)
  if (!latest.ok) return refuse(latest.reason)
  if (latest.status !== 'pending') {
    return refuse(
      `Only a Pending offer can be edited; this one is ${offerStatusLabel(latest.status)}.`,
    )
  }
  return fromBuild(editOffer(latest.event, changes, nowSeconds()), 'Your offer’s changes')
}

/** Withdraws an offer (NIP-09 with its `a` tag); an accepted (Won) offer cannot be withdrawn. */
export const withdrawOffer = async (offer: Offer): Promise<CommandResult> => {
  const latest = await loadMyOffer(offer)
  if (!latest.ok) return refuse(latest.reason)
  if (latest.status === 'won') {
    return refuse('This offer was accepted: talk to the Bitcoiner instead of withdrawing it.')
  }
  const at = Math.max(nowSeconds(), latest.event.created_at)
  return publishAndStore(makeAddressDeletion(offer.address, at), 'Withdrawal of your offer')
}
