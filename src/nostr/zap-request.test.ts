import { describe, expect, it } from 'vitest'
import type { EventTemplate } from 'nostr-tools'
import { BITCOINER, TROUBLESHOOTER, reasonOf, sign, valueOf } from '@tests/support/nostr-fixtures'
import { makeZapRequest, parseZapRequest, readZapRequest, zapsOffer } from './zap-request'

const NOW = 1760000000
const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'of1' }
const OFFER_A = `32768:${TROUBLESHOOTER}:of1`
const OFFER_ID = 'e'.repeat(64)
const LNURL =
  'lnurl1dp68gurn8ghj7ampd3kx2ar0veekzar0wd5xjtnrdakj7tnhv4kxctttdehhwm30d3h82unvwqhhqmmpwdukwm'

const input = {
  recipient: TROUBLESHOOTER,
  offer: OFFER,
  offerEventId: OFFER_ID,
  amountMsats: 21_000_000,
  relays: ['wss://relay.example.com/', 'wss://relay.example.com', 'https://not-a-relay.example'],
  lnurl: LNURL,
  content: 'Thanks for the Coldcard fix',
  now: NOW,
}

/** A zap request with its tags replaced, signed by the Bitcoiner. */
const signedWith = (tags: string[][]) =>
  sign('bitcoiner', { kind: 9734, created_at: NOW, content: '', tags })

describe('makeZapRequest', () => {
  it('tags the troubleshooter, the offer (a and e), the amount, the relays and the lnurl', () => {
    expect(makeZapRequest(input)).toEqual({
      kind: 9734,
      created_at: NOW,
      content: 'Thanks for the Coldcard fix',
      tags: [
        ['p', TROUBLESHOOTER],
        ['a', OFFER_A],
        ['e', OFFER_ID],
        ['amount', '21000000'],
        ['relays', 'wss://relay.example.com'],
        ['lnurl', LNURL],
      ],
    })
  })

  it('leaves out e and lnurl when not given, and names at most five relays', () => {
    const relays = [1, 2, 3, 4, 5, 6].map((n) => `wss://r${n}.example.com`)
    const template = makeZapRequest({
      ...input,
      offerEventId: undefined,
      lnurl: undefined,
      relays,
    })
    expect(template.tags).toEqual([
      ['p', TROUBLESHOOTER],
      ['a', OFFER_A],
      ['amount', '21000000'],
      ['relays', ...relays.slice(0, 5)],
    ])
  })

  it('refuses what cannot be a zap for an offer', () => {
    expect(() => makeZapRequest({ ...input, amountMsats: 0 })).toThrow(/amount/)
    expect(() => makeZapRequest({ ...input, amountMsats: 1.5 })).toThrow(/amount/)
    expect(() => makeZapRequest({ ...input, relays: ['https://x.example'] })).toThrow(/relay/)
    expect(() => makeZapRequest({ ...input, offer: { ...OFFER, kind: 32767 } })).toThrow(/offer/)
    expect(() => makeZapRequest({ ...input, recipient: 'npub1x' })).toThrow(/recipient/)
  })
})

describe('readZapRequest', () => {
  it('reads back what makeZapRequest built and the Bitcoiner signed', () => {
    const event = sign('bitcoiner', makeZapRequest(input))
    const read = valueOf(readZapRequest(event))
    expect(read).toEqual({
      id: event.id,
      sender: BITCOINER,
      recipient: TROUBLESHOOTER,
      amountMsats: 21_000_000,
      relays: ['wss://relay.example.com'],
      address: OFFER,
      eventId: OFFER_ID,
      lnurl: LNURL,
      content: 'Thanks for the Coldcard fix',
      createdAt: NOW,
    })
    expect(zapsOffer(read, OFFER)).toBe(true)
    expect(zapsOffer(read, { ...OFFER, d: 'other' })).toBe(false)
    expect(valueOf(parseZapRequest(JSON.stringify(event))).id).toBe(event.id)
  })

  it('applies NIP-57 appendix D', () => {
    const relays = ['relays', 'wss://relay.example.com']
    const p = ['p', TROUBLESHOOTER]
    expect(reasonOf(readZapRequest(signedWith([relays])))).toMatch(/exactly one recipient/)
    expect(reasonOf(readZapRequest(signedWith([p, ['p', BITCOINER], relays])))).toMatch(
      /exactly one recipient/,
    )
    expect(
      reasonOf(readZapRequest(signedWith([p, ['e', OFFER_ID], ['e', 'f'.repeat(64)], relays]))),
    ).toMatch(/2 e tags/)
    expect(
      reasonOf(readZapRequest(signedWith([p, ['a', OFFER_A], ['a', OFFER_A], relays]))),
    ).toMatch(/2 a tags/)
    expect(reasonOf(readZapRequest(signedWith([p, ['a', 'not:an:address'], relays])))).toMatch(
      /event address/,
    )
    expect(reasonOf(readZapRequest(signedWith([p, ['amount', '21e6'], relays])))).toMatch(
      /whole number/,
    )
    expect(reasonOf(readZapRequest(signedWith([p, ['amount', '-5'], relays])))).toMatch(
      /whole number/,
    )
    expect(reasonOf(readZapRequest(signedWith([p])))).toMatch(/no relay/)
    expect(reasonOf(readZapRequest(signedWith([p, ['relays', 'https://x.example']])))).toMatch(
      /no relay/,
    )
    expect(reasonOf(readZapRequest(signedWith([p, ['P', 'x'], relays])))).toMatch(/P tag/)
    expect(valueOf(readZapRequest(signedWith([p, relays])))).toMatchObject({
      recipient: TROUBLESHOOTER,
      relays: ['wss://relay.example.com'],
    })
  })

  it('refuses a zap request whose signature does not hold, and other kinds', () => {
    const event = sign('bitcoiner', makeZapRequest(input))
    const forged = { ...event, tags: [...event.tags.slice(0, 3), ['amount', '1000']] }
    expect(reasonOf(readZapRequest(forged))).toMatch(/signature/)
    expect(reasonOf(readZapRequest({ ...event, sig: '0'.repeat(128) }))).toMatch(/signature/)
    const note: EventTemplate = { kind: 1, created_at: NOW, content: '', tags: event.tags }
    expect(reasonOf(readZapRequest(sign('bitcoiner', note)))).toMatch(/kind 1/)
    expect(reasonOf(readZapRequest(null))).toMatch(/not an event/)
  })

  it('parses JSON text, refusing what is not JSON or too long', () => {
    expect(reasonOf(parseZapRequest('{not json'))).toMatch(/not JSON/)
    expect(reasonOf(parseZapRequest(' '.repeat(16_001)))).toMatch(/too long/)
  })
})
