import { describe, expect, it } from 'vitest'
import type { Offer } from '@/nostr/offer'
import { countNewOffers, parseSeenOffers, seenOffersKey } from './seen-offers'

const TICKET = '32767:7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e:c0ffee00'

const offerAt = (publishedAt: number, createdAt = publishedAt) =>
  ({ publishedAt, createdAt }) as Offer

describe('seen offers', () => {
  it('is kept per person', () => {
    expect(seenOffersKey('ab'.repeat(32))).toBe(`bt:seen-offers:${'ab'.repeat(32)}`)
  })

  it('reads stored times and ignores damaged entries', () => {
    expect(
      parseSeenOffers(JSON.stringify({ [TICKET]: 1_760_000_000, other: 'x', neg: -1 })),
    ).toEqual({ [TICKET]: 1_760_000_000 })
    expect(parseSeenOffers('{not json')).toEqual({})
    expect(parseSeenOffers('[1,2]')).toEqual({})
    expect(parseSeenOffers(null)).toEqual({})
  })

  it('counts offers made after the last look; an edit of an old offer is not new', () => {
    const offers = [offerAt(100), offerAt(200), offerAt(150, 400)]
    expect(countNewOffers(offers, undefined)).toBe(3)
    expect(countNewOffers(offers, 120)).toBe(2)
    expect(countNewOffers(offers, 160)).toBe(1)
    expect(countNewOffers(offers, 500)).toBe(0)
  })
})
