import { connectApp } from '@tests/support/connect-app'
import 'fake-indexeddb/auto'
import type { NostrEvent } from 'nostr-tools'
import { hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import { BITCOINER, RIVAL, SECRET, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import { startDemoSigner, type DemoSigner } from '../../scripts/demo-signer'
import { queryEvents } from '../../scripts/relay-io'
import { startRelay, type LocalRelay } from '../../scripts/relay'
import type { CommandResult } from './command-result'

// The review commands against a real relay, each person signing through a real NIP-46 bunker.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

type Who = 'bitcoiner' | 'troubleshooter' | 'rival'
const PUBKEY: Record<Who, string> = {
  bitcoiner: BITCOINER,
  troubleshooter: TROUBLESHOOTER,
  rival: RIVAL,
}

let relay: LocalRelay
const signers = {} as Record<Who, DemoSigner>

const load = async () => ({
  session: await import('@/commands/session'),
  tickets: await import('./tickets'),
  offers: await import('./offers'),
  reviews: await import('./reviews'),
  store: await import('@/stores/marketplace'),
})
let m: Awaited<ReturnType<typeof load>>

const as = async (who: Who) => {
  m.session.signOut()
  expect(await m.session.signInWithBunker(signers[who].bunkerUri)).toBe(true)
}

const eventOf = (result: CommandResult): NostrEvent => {
  if (!result.ok) throw new Error(`expected the command to succeed, got: ${result.reason}`)
  return result.event
}
const refusal = (result: CommandResult) => (result.ok ? 'accepted' : result.reason)
const addressKey = (event: NostrEvent) =>
  `${event.kind}:${event.pubkey}:${event.tags.find((t) => t[0] === 'd')?.[1]}`
const ticketOf = (event: NostrEvent) => {
  const ticket = m.store.useMarketplace.getState().tickets[addressKey(event)]
  if (!ticket) throw new Error('the ticket is not in the store')
  return ticket
}
/** What the relay stored, asked directly: the app's events are on the wire, not only in memory. */
const storedReviews = (author: string) =>
  queryEvents(relay.url, [{ kinds: [1986], authors: [author] }])

describe('review commands with a local relay and remote signers', () => {
  let ticket: Ticket
  let offer: Offer

  beforeAll(async () => {
    relay = await startRelay()
    for (const who of Object.keys(PUBKEY) as Who[]) {
      signers[who] = await startDemoSigner({
        relayUrl: relay.url,
        secretKey: hexToBytes(SECRET[who]),
      })
    }
    vi.stubEnv('VITE_RELAYS', relay.url)
    vi.resetModules()
    m = await load()
    await connectApp(relay.url)

    // a deal: the Bitcoiner's ticket, the troubleshooter's offer, accepted
    await as('bitcoiner')
    const posted = eventOf(
      await m.tickets.postTicket({
        title: 'Coldcard will not sign a PSBT from Sparrow',
        description: 'It says "unknown derivation" on the last step.',
        topics: ['hardware-wallets'],
      }),
    )
    await as('troubleshooter')
    const offered = eventOf(
      await m.offers.sendOffer(ticketOf(posted), {
        pricing: { kind: 'fixed', sats: 15000 },
        coverLetter: 'I have seen this: the xpub fingerprint differs.',
      }),
    )
    offer = m.store.useMarketplace.getState().offers[addressKey(offered)] as Offer
    await as('bitcoiner')
    eventOf(await m.tickets.acceptOffer(ticketOf(posted), offer))
    ticket = ticketOf(posted)
  }, 60_000)

  afterAll(async () => {
    m?.session.signOut()
    for (const signer of Object.values(signers)) await signer.stop()
    await relay?.stop()
    vi.unstubAllEnvs()
  })

  const reviewOfTroubleshooter = (text = 'Found the wrong fingerprint in minutes.') =>
    m.reviews.reviewTroubleshooter({
      ticket,
      offer,
      success: true,
      expertise: true,
      communication: false,
      text,
    })

  it('refuses to review a deal whose ticket is still open', async () => {
    await as('bitcoiner')
    expect(refusal(await reviewOfTroubleshooter())).toBe(
      'A deal is reviewed once its ticket is closed as resolved or failed.',
    )
    expect(await storedReviews(BITCOINER)).toEqual([])
  })

  it('lets only the two parties review, each the other, once the ticket is closed', async () => {
    await as('bitcoiner')
    ticket = ticketOf(eventOf(await m.tickets.closeTicket(ticket, 'resolved')))
    expect(ticket.status).toBe('resolved')

    await as('rival')
    expect(refusal(await reviewOfTroubleshooter())).toBe(
      'Only the Bitcoiner who wrote this ticket can review its troubleshooter.',
    )
    expect(
      refusal(
        await m.reviews.reviewBitcoiner({ ticket, thumb: false, communication: false, text: '' }),
      ),
    ).toBe('Only the troubleshooter whose offer was accepted can review this Bitcoiner.')

    await as('troubleshooter')
    expect(refusal(await reviewOfTroubleshooter())).toBe(
      'Only the Bitcoiner who wrote this ticket can review its troubleshooter.',
    )
    const bitcoinerReview = eventOf(
      await m.reviews.reviewBitcoiner({
        ticket,
        thumb: true,
        communication: true,
        text: 'Clear about the setup, paid at once.',
      }),
    )
    expect(bitcoinerReview.tags).toEqual([
      ['L', 'qts/freelancing'],
      ['l', 'client', 'qts/freelancing'],
      ['rating', '1', 'thumb'],
      ['rating', '1', 'communication'],
      ['a', `32767:${BITCOINER}:${ticket.d}`],
      ['p', BITCOINER],
    ])

    await as('bitcoiner')
    expect(
      refusal(
        await m.reviews.reviewBitcoiner({ ticket, thumb: true, communication: true, text: '' }),
      ),
    ).toBe('You cannot review yourself.')
    const review = eventOf(await reviewOfTroubleshooter())
    expect(review.pubkey).toBe(BITCOINER)
    expect(review.tags).toContainEqual(['a', `32768:${TROUBLESHOOTER}:${offer.d}`])
    expect(review.tags).toContainEqual(['p', TROUBLESHOOTER])
    expect((await storedReviews(BITCOINER)).map((e) => e.id)).toEqual([review.id])
    expect((await storedReviews(TROUBLESHOOTER)).map((e) => e.id)).toEqual([bitcoinerReview.id])
  })

  it('dates a second review of the same deal after the first, so it replaces it', async () => {
    await as('bitcoiner')
    const [first] = await storedReviews(BITCOINER)
    const second = eventOf(await reviewOfTroubleshooter('Changed my mind: communication was fine.'))
    expect(second.created_at).toBeGreaterThan(first?.created_at ?? Infinity)
    expect(second.tags).toContainEqual(['rating', '0', 'communication'])
  })

  it('refuses a review whose text gives a secret away, and one that is too long', async () => {
    await as('bitcoiner')
    const before = (await storedReviews(BITCOINER)).length
    expect(
      refusal(await reviewOfTroubleshooter(`My words: ${'abandon '.repeat(11)}about`)),
    ).toMatch(/^Not published: the review contains a secret\./)
    expect(refusal(await reviewOfTroubleshooter('x'.repeat(2001)))).toBe(
      'A review is at most 2,000 characters.',
    )
    expect(await storedReviews(BITCOINER)).toHaveLength(before)
  })
})
