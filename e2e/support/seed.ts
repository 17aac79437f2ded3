import { randomBytes } from 'node:crypto'
import type { Filter, NostrEvent } from 'nostr-tools'
import { wrapEvent } from 'nostr-tools/nip59'
import { makeAddressDeletion } from '../../src/nostr/deletion'
import { Kind } from '../../src/nostr/kinds'
import { makeOffer } from '../../src/nostr/offer'
import type { PricingInput } from '../../src/nostr/pricing'
import { makeTicket } from '../../src/nostr/ticket'
import type { TicketInput } from '../../src/nostr/ticket'
import { publishEvents, queryEvents, sign, withRelay } from '../../scripts/relay-io'
import { seedDemo } from '../../scripts/seed-demo'
import type { TestIdentity } from './identities'
import { otherBitcoiner, testTroubleshooter } from './identities'

const nowSeconds = () => Math.floor(Date.now() / 1000)
const randomD = () => randomBytes(16).toString('hex')

export type TicketSeed = Partial<Omit<TicketInput, 'troubleshooter'>> & {
  title: string
  /** Author; another Bitcoiner by default. */
  by?: TestIdentity
  /** A direct request to this troubleshooter. */
  troubleshooter?: TestIdentity
  /** created_at; a minute ago by default. */
  at?: number
}

export type OfferSeed = {
  ticket: NostrEvent
  by?: TestIdentity
  pricing?: PricingInput
  coverLetter?: string
  at?: number
}

export type MessageSeed = {
  from: TestIdentity
  to: TestIdentity
  text: string
  /** The ticket the conversation is about (its `a` tag). */
  ticket?: NostrEvent
  /** More tags after `p` and the ticket's `a`: a subject, a payment request's, … */
  tags?: string[][]
  at?: number
}

/** The `d` tag of an addressable event. */
export const dOf = (event: NostrEvent) => event.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''

/** `<kind>:<pubkey>:<d>` of an addressable event, as `a` tags name it. */
export const addressOf = (event: NostrEvent) => `${event.kind}:${event.pubkey}:${dOf(event)}`

/** A signed New ticket (kind 32767), not published. */
export const ticketEvent = ({ by = otherBitcoiner, troubleshooter, at, ...input }: TicketSeed) =>
  sign(
    makeTicket(
      {
        d: input.d ?? randomD(),
        title: input.title,
        description: input.description ?? 'Can anyone help me with this?',
        topics: input.topics ?? [],
        ...(input.budget !== undefined ? { budget: input.budget } : {}),
        ...(troubleshooter ? { troubleshooter: troubleshooter.pubkey } : {}),
      },
      at ?? nowSeconds() - 60,
    ),
    by.secretKey,
  )

/** Publishes real signed events, built with src/nostr, to the relay at `relayUrl`. */
export const makeSeeder = (relayUrl: string) => ({
  publish: (events: NostrEvent[]) => publishEvents(relayUrl, events),
  /** What the relay stored, asked directly (not through the app). */
  query: (filters: Filter[]) => queryEvents(relayUrl, filters),

  /** The newest version the relay stored of the addressable event at `kind:pubkey:d`. */
  newest: async (kind: number, pubkey: string, d: string) => {
    const versions = await queryEvents(relayUrl, [{ kinds: [kind], authors: [pubkey], '#d': [d] }])
    return versions.sort((a, b) => b.created_at - a.created_at)[0]
  },

  /** The person's kind 0 profile (their `profile` as JSON). */
  profile: async (person: TestIdentity) => {
    const event = sign(
      {
        kind: Kind.Profile,
        created_at: nowSeconds() - 3600,
        tags: [],
        content: JSON.stringify(person.profile),
      },
      person.secretKey,
    )
    await publishEvents(relayUrl, [event])
    return event
  },

  /** A New ticket (kind 32767). */
  ticket: async (input: TicketSeed) => {
    const event = ticketEvent(input)
    await publishEvents(relayUrl, [event])
    return event
  },

  /** Many New tickets over one connection, sent in order without waiting for each answer. */
  tickets: async (inputs: readonly TicketSeed[]) => {
    const events = inputs.map(ticketEvent)
    await withRelay(relayUrl, (relay) => Promise.all(events.map((event) => relay.publish(event))))
    return events
  },

  /** The author's NIP-09 deletion of a ticket, by its address. */
  deletion: async (ticket: NostrEvent, by: TestIdentity = otherBitcoiner) => {
    const address = { kind: ticket.kind, pubkey: ticket.pubkey, d: dOf(ticket) }
    const event = sign(makeAddressDeletion(address, nowSeconds()), by.secretKey)
    await publishEvents(relayUrl, [event])
    return event
  },

  /** A NIP-17 private message (kind 14 in a NIP-59 gift wrap to `to`), wrapped by nostr-tools. */
  message: async ({ from, to, text, ticket, tags: more = [], at }: MessageSeed) => {
    const tags = [['p', to.pubkey]]
    if (ticket) tags.push(['a', addressOf(ticket)])
    tags.push(...more)
    const rumor = {
      kind: Kind.ChatMessage,
      created_at: at ?? nowSeconds() - 60,
      content: text,
      tags,
    }
    const wrap = JSON.parse(JSON.stringify(wrapEvent(rumor, from.secretKey, to.pubkey)))
    await publishEvents(relayUrl, [wrap as NostrEvent])
    return wrap as NostrEvent
  },

  /** An offer (kind 32768) on a seeded ticket. */
  offer: async ({ ticket, by = testTroubleshooter, pricing, coverLetter, at }: OfferSeed) => {
    const d = dOf(ticket)
    const template = makeOffer(
      {
        d: randomD(),
        ticket: { kind: Kind.Ticket, pubkey: ticket.pubkey, d },
        pricing: pricing ?? { kind: 'fixed', sats: 10_000 },
        coverLetter: coverLetter ?? 'I can help with this.',
        troubleshooter: by.pubkey,
      },
      at ?? nowSeconds() - 30,
    )
    const event = sign(template, by.secretKey)
    await publishEvents(relayUrl, [event])
    return event
  },

  /** The whole demo data set of `npm start`. */
  demo: () => seedDemo(relayUrl, nowSeconds()),
})

export type Seeder = ReturnType<typeof makeSeeder>
