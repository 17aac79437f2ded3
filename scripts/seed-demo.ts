import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { NostrEvent } from 'nostr-tools'
import type { Address } from '../src/nostr/address'
import { Kind } from '../src/nostr/kinds'
import { makeOffer } from '../src/nostr/offer'
import { makeBitcoinerReview, makeTroubleshooterReview } from '../src/nostr/review'
import { makeTicket } from '../src/nostr/ticket'
import { transitionTicket } from '../src/nostr/ticket-state'
import { makeTroubleshooterCard } from '../src/nostr/troubleshooter-card'
import type { DemoOffer, DemoTicket } from './demo-content'
import { demoCards, demoTickets } from './demo-content'
import type { DemoIdentity } from './demo-keys'
import { demoIdentities } from './demo-keys'
import { publishEvents, queryEvents, sign } from './relay-io'

const HOUR = 3600
const DAY = 24 * HOUR

/** A fixed `d` per demo thing, so seeding again replaces rather than duplicates. */
export const demoD = (label: string): string =>
  bytesToHex(sha256(utf8ToBytes(`bitcoin-troubleshoot demo d: ${label}`))).slice(0, 20)

/** The address of a demo ticket, by its key in demo-content.ts. */
export const demoTicketAddress = (ticket: DemoTicket): Address => ({
  kind: Kind.Ticket,
  pubkey: ticket.by.pubkey,
  d: demoD(`ticket:${ticket.key}`),
})

/** The address of a demo offer, by its ticket and its key within that ticket. */
export const demoOfferAddress = (ticket: DemoTicket, offer: DemoOffer): Address => ({
  kind: Kind.Offer,
  pubkey: offer.by.pubkey,
  d: demoD(`offer:${ticket.key}:${offer.key}`),
})

const profileEvent = (person: DemoIdentity, now: number) =>
  sign(
    {
      kind: Kind.Profile,
      created_at: now - 30 * DAY,
      tags: [],
      content: JSON.stringify(person.profile),
    },
    person.secretKey,
  )

const mustAccept = <T>(result: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!result.ok) throw new Error(`demo data is inconsistent: ${result.reason}`)
  return result.value
}

/** A ticket, its offers, and (per its outcome) the accepted/resolved version and the reviews. */
const ticketEvents = (demo: DemoTicket, now: number): NostrEvent[] => {
  const createdAt = now - demo.daysAgo * DAY
  const address = demoTicketAddress(demo)
  const template = makeTicket(
    {
      d: address.d,
      title: demo.title,
      description: demo.description,
      topics: demo.topics,
      ...(demo.budget !== undefined ? { budget: demo.budget } : {}),
      ...(demo.troubleshooter ? { troubleshooter: demo.troubleshooter.pubkey } : {}),
    },
    createdAt,
  )
  let ticket = sign(template, demo.by.secretKey)
  const offers = demo.offers.map((offer, index) => {
    const offerAddress = demoOfferAddress(demo, offer)
    const input = {
      d: offerAddress.d,
      ticket: address,
      pricing: offer.pricing,
      coverLetter: offer.coverLetter,
      troubleshooter: offer.by.pubkey,
    }
    const event = sign(makeOffer(input, createdAt + (index + 1) * HOUR), offer.by.secretKey)
    return { ...offer, event, address: offerAddress }
  })
  const reviews: NostrEvent[] = []
  const winner = offers.find((offer) => offer.key === demo.outcome?.accepted)
  if (demo.outcome && !winner) throw new Error(`demo ticket ${demo.key} accepts an unknown offer`)
  if (winner) {
    const acceptedAt = createdAt + 6 * HOUR
    ticket = sign(
      mustAccept(transitionTicket(ticket, 'in-progress', acceptedAt, winner.address)),
      demo.by.secretKey,
    )
    if (demo.outcome?.resolved) {
      const resolvedAt = createdAt + DAY
      ticket = sign(mustAccept(transitionTicket(ticket, 'resolved', resolvedAt)), demo.by.secretKey)
      const ratings = { success: true, expertise: true, communication: true }
      const text = 'Patient and clear: my transaction confirmed in the next block. Thank you!'
      const review = makeTroubleshooterReview(
        { offer: winner.address, troubleshooter: winner.by.pubkey, ratings, text },
        resolvedAt + HOUR,
      )
      const back = makeBitcoinerReview(
        {
          ticket: address,
          bitcoiner: demo.by.pubkey,
          ratings: { thumb: true, communication: true },
          text: 'Quick to answer and paid right away.',
        },
        resolvedAt + 2 * HOUR,
      )
      reviews.push(sign(review, demo.by.secretKey), sign(back, winner.by.secretKey))
    }
  }
  return [ticket, ...offers.map((offer) => offer.event), ...reviews]
}

/** Every demo event, signed, dated relative to `now` (unix seconds). */
export const buildDemoEvents = (now: number): NostrEvent[] => [
  ...demoIdentities.map((person) => profileEvent(person, now)),
  ...demoCards.map((card) =>
    sign(
      makeTroubleshooterCard(
        {
          d: demoD(`card:${card.by.label}`),
          title: card.title,
          topics: card.topics,
          pricing: card.pricing,
          available: card.available,
          about: card.by.profile.about,
        },
        now - 20 * DAY,
      ),
      card.by.secretKey,
    ),
  ),
  ...demoTickets.flatMap((ticket) => ticketEvents(ticket, now)),
]

/** What makes two demo events "the same thing": replaceable slot, address, or review target. */
const slot = (event: NostrEvent): string => {
  const d = event.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
  const a = event.tags.find((tag) => tag[0] === 'a')?.[1] ?? ''
  if (event.kind >= 30000 && event.kind < 40000) return `${event.kind}:${event.pubkey}:${d}`
  if (event.kind === Kind.Label) return `${event.kind}:${event.pubkey}:${a}`
  return `${event.kind}:${event.pubkey}`
}

/**
 * Publishes the demo profiles, troubleshooter cards, tickets, offers and reviews to `relayUrl`.
 * Harmless to run again: anything already there (including a person's later edits) is kept.
 */
export const seedDemo = async (relayUrl: string, now: number) => {
  const events = buildDemoEvents(now)
  const authors = demoIdentities.map((person) => person.pubkey)
  const kinds = [...new Set(events.map((event) => event.kind))]
  const existing = await queryEvents(
    relayUrl,
    kinds.map((kind) => ({ authors, kinds: [kind], limit: 500 })),
  )
  const present = new Set(existing.map(slot))
  const missing = events.filter((event) => !present.has(slot(event)))
  await publishEvents(relayUrl, missing)
  return { published: missing.length, kept: events.length - missing.length }
}
