import type { NostrEvent } from 'nostr-tools'
import { unwrapEvent, wrapEvent } from 'nostr-tools/nip59'
import type { Address } from '../src/nostr/address'
import { sameAddress } from '../src/nostr/address'
import { Kind } from '../src/nostr/kinds'
import { makeChatTags, makePaymentRequestTags } from '../src/nostr/message-tags'
import type { PricingInput } from '../src/nostr/pricing'
import type { Tag } from '../src/nostr/tags'
import { readTicket } from '../src/nostr/ticket'
import type { DemoOffer, DemoTicket } from './demo-content'
import { demoBill, demoTickets } from './demo-content'
import type { DemoIdentity } from './demo-keys'
import { secretKeyHex } from './demo-keys'
import { issueDemoInvoice } from './demo-wallet'
import { publishEvents, queryEvents } from './relay-io'
import { demoD, demoOfferAddress, demoTicketAddress } from './seed-demo'

/**
 * The demo bill of `npm start`: in the thread of the demo Bitcoiner's ticket named by `demoBill`,
 * the troubleshooter whose offer was accepted chats, then sends a payment request (PROTOCOL.md)
 * with an invoice of the demo wallet's fake network, so a newcomer has something to pay.
 */

const MINUTE = 60
/** The attached invoice stays payable for a year: a demo may sit unused for weeks. */
const INVOICE_EXPIRY_SECONDS = 365 * 24 * 3600

/** The bill's ticket, its accepted offer and the request id (fixed: seeding again finds it). */
export const demoBillDeal = (): { ticket: DemoTicket; offer: DemoOffer; requestId: string } => {
  const ticket = demoTickets.find((candidate) => candidate.key === demoBill.ticket)
  const offer = ticket?.offers.find((candidate) => candidate.key === ticket.outcome?.accepted)
  if (!ticket || !offer) throw new Error(`demo bill: ticket ${demoBill.ticket} accepted no offer`)
  return { ticket, offer, requestId: demoD(`payreq:${ticket.key}`) }
}

/** What the offer's price comes to: the fixed price, or `minutes` at its rate. */
export const billedAmount = (
  pricing: PricingInput,
  minutes: number,
): { msats: number; minutes?: number } => {
  if (pricing.kind === 'fixed') return { msats: pricing.sats * 1000 }
  const perMinute = pricing.kind === 'per-minute' ? pricing.satsPerMinute : pricing.satsPerHour / 60
  return { msats: Math.round(minutes * perMinute) * 1000, minutes }
}

/** A kind 14 rumor from `from` to `to`, wrapped (NIP-59) for the recipient and for the sender. */
const wrapBoth = (
  from: DemoIdentity,
  to: DemoIdentity,
  rumor: { at: number; text: string; tags: Tag[] },
) => {
  const template = {
    kind: Kind.ChatMessage,
    created_at: rumor.at,
    tags: rumor.tags,
    content: rumor.text,
  }
  return [
    wrapEvent(template, from.secretKey, to.pubkey),
    wrapEvent(template, from.secretKey, from.pubkey),
  ]
}

/** The rumors a wrap for `reader` holds, skipping what is not for them. */
const opened = (wraps: NostrEvent[], reader: DemoIdentity) =>
  wraps.flatMap((wrap) => {
    try {
      return [unwrapEvent(wrap, reader.secretKey)]
    } catch {
      return []
    }
  })

/** What seeding did: published the thread, found it there, or could not (the reason says why). */
export type DemoBillSeeding = { state: 'published' | 'kept' } | { state: 'skipped'; reason: string }

const threadWraps = (
  ticket: DemoTicket,
  offer: DemoOffer,
  ticketAddress: Address,
  acceptedAt: number,
) => {
  const title = ticket.title
  const chatTags = (recipient: string) =>
    makeChatTags({ recipient, subject: title, ticket: ticketAddress })
  const people = { troubleshooter: offer.by, bitcoiner: ticket.by }
  const chat = demoBill.chat.flatMap((line, index) => {
    const to = line.by === 'troubleshooter' ? ticket.by : offer.by
    const at = acceptedAt + 30 * MINUTE + 3 * index * MINUTE
    return wrapBoth(people[line.by], to, { at, text: line.text, tags: chatTags(to.pubkey) })
  })
  const { msats, minutes } = billedAmount(offer.pricing, demoBill.minutes)
  const { invoice } = issueDemoInvoice({
    amountMsats: msats,
    description: `Bitcoin Troubleshoot: ${title}${minutes ? ` — ${minutes} min` : ''}`,
    payeeSecret: secretKeyHex(offer.by),
    expirySeconds: INVOICE_EXPIRY_SECONDS,
  })
  const sats = (msats / 1000).toLocaleString('en-US')
  const work = minutes ? ` for ${minutes} min of work` : ''
  const request = {
    at: acceptedAt + 30 * MINUTE + 3 * demoBill.chat.length * MINUTE,
    text: `Payment request: ${sats} sats${work} on “${title}”\n\nInvoice: ${invoice}`,
    tags: [
      ...chatTags(ticket.by.pubkey),
      ...makePaymentRequestTags({
        id: demoBillDeal().requestId,
        offer: demoOfferAddress(ticket, offer),
        msats,
        bolt11: invoice,
        ...(minutes ? { minutes } : {}),
      }),
    ],
  }
  return [...chat, ...wrapBoth(offer.by, ticket.by, request)]
}

/**
 * Seeds the demo bill on `relayUrl` once: when the Bitcoiner's gift wraps already hold the request,
 * nothing is published. Its invoice is issued into the demo wallet's invoice book (keep that in a
 * file, keepInvoiceBookIn, for it to stay payable after a restart). Skipped, with the reason, when
 * the relay's ticket did not accept the offer (data from an older demo).
 */
export const seedDemoBill = async (relayUrl: string): Promise<DemoBillSeeding> => {
  const { ticket, offer, requestId } = demoBillDeal()
  const ticketAddress = demoTicketAddress(ticket)
  const events = await queryEvents(relayUrl, [
    { kinds: [Kind.GiftWrap], '#p': [ticket.by.pubkey], limit: 1000 },
    { kinds: [Kind.Ticket], authors: [ticket.by.pubkey], '#d': [ticketAddress.d] },
  ])
  const wraps = events.filter((event) => event.kind === Kind.GiftWrap)
  const sent = opened(wraps, ticket.by).some(
    (rumor) =>
      rumor.pubkey === offer.by.pubkey &&
      rumor.tags.some((tag) => tag[0] === 'payreq' && tag[1] === requestId),
  )
  if (sent) return { state: 'kept' }
  const onRelay = events
    .filter((event) => event.kind === Kind.Ticket)
    .sort((a, b) => b.created_at - a.created_at)
    .map((event) => readTicket(event))[0]
  if (!onRelay?.ok || !sameAddress(onRelay.value.acceptedOffer, demoOfferAddress(ticket, offer)))
    return {
      state: 'skipped',
      reason: `the relay's ticket “${ticket.title}” has not accepted ${offer.by.profile.name}'s offer (demo data from an older version: delete .data/ to start afresh)`,
    }
  await publishEvents(relayUrl, threadWraps(ticket, offer, ticketAddress, onRelay.value.createdAt))
  return { state: 'published' }
}
