import { randomBytes } from 'node:crypto'
import type { Filter, NostrEvent } from 'nostr-tools'
import { Kind } from '../../src/nostr/kinds'
import { makeOffer } from '../../src/nostr/offer'
import type { PricingInput } from '../../src/nostr/pricing'
import { makeTicket } from '../../src/nostr/ticket'
import type { TicketInput } from '../../src/nostr/ticket'
import { publishEvents, queryEvents, sign } from '../../scripts/relay-io'
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

/** Publishes real signed events, built with src/nostr, to the test's relay. */
export const makeSeeder = (relayUrl: string) => ({
  publish: (events: NostrEvent[]) => publishEvents(relayUrl, events),
  query: (filters: Filter[]) => queryEvents(relayUrl, filters),

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
  ticket: async ({ by = otherBitcoiner, troubleshooter, at, ...input }: TicketSeed) => {
    const template = makeTicket(
      {
        d: input.d ?? randomD(),
        title: input.title,
        description: input.description ?? 'Can anyone help me with this?',
        topics: input.topics ?? [],
        ...(input.budget !== undefined ? { budget: input.budget } : {}),
        ...(troubleshooter ? { troubleshooter: troubleshooter.pubkey } : {}),
      },
      at ?? nowSeconds() - 60,
    )
    const event = sign(template, by.secretKey)
    await publishEvents(relayUrl, [event])
    return event
  },

  /** An offer (kind 32768) on a seeded ticket. */
  offer: async ({ ticket, by = testTroubleshooter, pricing, coverLetter, at }: OfferSeed) => {
    const d = ticket.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
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
