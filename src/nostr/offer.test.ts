import { describe, expect, it } from 'vitest'
import { editOffer, isOffer, makeOffer, readOffer } from './offer'
import {
  BITCOINER,
  TROUBLESHOOTER,
  reasonOf,
  sign,
  signed,
  valueOf,
} from '@tests/support/nostr-fixtures'

const NOW = 1760000000
const TICKET = { kind: 32767, pubkey: BITCOINER, d: 'tk' }
const TICKET_A = `32767:${BITCOINER}:tk`

describe('makeOffer', () => {
  it('writes a per-minute rate as sats per hour, with p and zap tags', () => {
    const template = makeOffer(
      {
        d: 'of1',
        ticket: TICKET,
        pricing: { kind: 'per-minute', satsPerMinute: 50 },
        coverLetter: 'I know Jade',
        troubleshooter: TROUBLESHOOTER,
      },
      NOW,
    )
    expect(template).toEqual({
      kind: 32768,
      created_at: NOW,
      content: 'I know Jade',
      tags: [
        ['d', 'of1'],
        ['a', TICKET_A, ''],
        ['pricing', '1'],
        ['amount', '3000'],
        ['published_at', String(NOW)],
        ['p', BITCOINER],
        ['zap', TROUBLESHOOTER, '', '1'],
        ['alt', 'Bitcoin Troubleshoot offer'],
      ],
    })
  })

  it('refuses an address that is not a ticket', () => {
    const offer = { kind: 32768, pubkey: BITCOINER, d: 'x' }
    expect(() =>
      makeOffer(
        {
          d: 'o',
          ticket: offer,
          pricing: { kind: 'fixed', sats: 1 },
          coverLetter: '',
          troubleshooter: TROUBLESHOOTER,
        },
        NOW,
      ),
    ).toThrow(/ticket \(32767\)/)
  })

  it('round-trips a fixed price', () => {
    const event = sign(
      'troubleshooter',
      makeOffer(
        {
          d: 'o2',
          ticket: TICKET,
          pricing: { kind: 'fixed', sats: 21000 },
          coverLetter: 'hi',
          troubleshooter: TROUBLESHOOTER,
        },
        NOW,
      ),
    )
    expect(valueOf(readOffer(event))).toMatchObject({
      pubkey: TROUBLESHOOTER,
      d: 'o2',
      address: { kind: 32768, pubkey: TROUBLESHOOTER, d: 'o2' },
      ticket: TICKET,
      pricing: { kind: 'fixed', sats: 21000 },
      coverLetter: 'hi',
      publishedAt: NOW,
      zapSplits: [{ pubkey: TROUBLESHOOTER, share: 1 }],
    })
    expect(isOffer(event)).toBe(true)
  })
})

describe('readOffer rejections', () => {
  const base = [
    ['d', 'o'],
    ['a', TICKET_A],
    ['pricing', '0'],
    ['amount', '100'],
  ]
  const without = (name: string) => base.filter((t) => t[0] !== name)
  it.each([
    ['wrong kind', 32767, base, /kind 32767, not an offer/],
    ['missing d', 32768, without('d'), /no d identifier/],
    ['missing a', 32768, without('a'), /names no ticket/],
    [
      'a to an offer',
      32768,
      [...without('a'), ['a', `32768:${BITCOINER}:other`]],
      /kind 32768, not a ticket \(32767\)/,
    ],
    [
      'a to a card',
      32768,
      [...without('a'), ['a', `32765:${BITCOINER}:svc`]],
      /kind 32765, not a ticket/,
    ],
    [
      'a with uppercase pubkey',
      32768,
      [...without('a'), ['a', `32767:${BITCOINER.toUpperCase()}:tk`]],
      /malformed pubkey/,
    ],
    [
      'a to a regular kind',
      32768,
      [...without('a'), ['a', `1:${BITCOINER}:tk`]],
      /not an addressable kind/,
    ],
    ['bad pricing', 32768, [...without('pricing'), ['pricing', 'hourly']], /"hourly" is neither 0/],
    ['missing amount', 32768, without('amount'), /no amount/],
    [
      'negative amount',
      32768,
      [...without('amount'), ['amount', '-100']],
      /not a non-negative number/,
    ],
    [
      'non-numeric amount',
      32768,
      [...without('amount'), ['amount', '1e5']],
      /not a non-negative number/,
    ],
    ['malformed p', 32768, [...base, ['p', 'npub1xyz']], /not a 64-hex pubkey/],
  ] as const)('rejects %s', (_name, kind, tags, reason) => {
    expect(
      reasonOf(
        readOffer(
          signed(
            'troubleshooter',
            kind,
            tags.map((t) => [...t]),
          ),
        ),
      ),
    ).toMatch(reason)
  })
})

describe('SatShoot bids', () => {
  // any pledge recipient (SatShoot puts its own pubkey here)
  const PLEDGE = 'e3244843f8ab6483827e305e5b9d7f61b9eb791aa274d2a36836f3999c767650'
  // Exactly as SatShoot's BidEvent writes them: splits in parts per 10,000 (or older percentages)
  const bid = (publishedAt: number, zap: string[][]) =>
    signed(
      'troubleshooter',
      32768,
      [
        ['d', 'JQfC4oXwzS1x'],
        ['published_at', String(publishedAt)],
        ['pricing', '1'],
        ['amount', '120'],
        ['a', TICKET_A],
        ...zap,
      ],
      'I can help with that',
      publishedAt,
    )

  it('reads a pre-2025-07-24 hourly bid as per minute and splits in parts per 10,000', () => {
    const offer = valueOf(
      readOffer(
        bid(1751000000, [
          ['zap', PLEDGE, 'wss://relay.damus.io', '500'],
          ['zap', TROUBLESHOOTER, 'wss://relay.damus.io', '9500'],
        ]),
      ),
    )
    expect(offer.pricing).toEqual({ kind: 'per-hour', satsPerHour: 7200, legacyPerMinute: true })
    expect(offer.zapSplits).toEqual([
      { pubkey: PLEDGE, relay: 'wss://relay.damus.io', share: 0.05 },
      { pubkey: TROUBLESHOOTER, relay: 'wss://relay.damus.io', share: 0.95 },
    ])
  })

  it('reads a later bid as per hour and percentage splits as the same shares', () => {
    const offer = valueOf(
      readOffer(
        bid(1760000000, [
          ['zap', PLEDGE, '', '5'],
          ['zap', TROUBLESHOOTER, '', '95'],
        ]),
      ),
    )
    expect(offer.pricing).toEqual({ kind: 'per-hour', satsPerHour: 120, legacyPerMinute: false })
    expect(offer.zapSplits.map((z) => z.share)).toEqual([0.05, 0.95])
  })
})

describe('editOffer', () => {
  const original = sign(
    'troubleshooter',
    makeOffer(
      {
        d: 'o',
        ticket: TICKET,
        pricing: { kind: 'fixed', sats: 10000 },
        coverLetter: 'v1',
        troubleshooter: TROUBLESHOOTER,
      },
      NOW,
    ),
  )

  it('re-prices with a pricing_history entry and keeps published_at and the zap split', () => {
    const edit = valueOf(
      editOffer(
        original,
        { pricing: { kind: 'per-minute', satsPerMinute: 10 }, coverLetter: 'v2' },
        NOW + 30,
      ),
    )
    expect(edit.tags).toEqual([
      ['d', 'o'],
      ['a', TICKET_A, ''],
      ['pricing', '1'],
      ['amount', '600'],
      ['published_at', String(NOW)],
      ['p', BITCOINER],
      ['zap', TROUBLESHOOTER, '', '1'],
      ['alt', 'Bitcoin Troubleshoot offer'],
      [
        'pricing_history',
        '{"pricing":0,"amount":10000}',
        '{"pricing":1,"amount":600}',
        String(NOW + 30),
      ],
    ])
    expect(edit.content).toBe('v2')
    const read = valueOf(readOffer(sign('troubleshooter', edit)))
    expect(read.pricingHistory).toHaveLength(1)
  })

  it('refuses a negative price and an unreadable offer', () => {
    expect(reasonOf(editOffer(original, { pricing: { kind: 'fixed', sats: -3 } }, NOW))).toMatch(
      /invalid price/,
    )
    expect(reasonOf(editOffer(signed('troubleshooter', 32768, [['d', 'o']]), {}, NOW))).toMatch(
      /cannot be edited/,
    )
  })
})
