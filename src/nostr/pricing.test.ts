import { describe, expect, it } from 'vitest'
import {
  PER_HOUR_SINCE,
  perHourToPerMinute,
  perMinuteToPerHour,
  pricingTags,
  readPricing,
  readPricingHistory,
  repriceTags,
} from './pricing'
import { reasonOf, valueOf } from '@tests/support/nostr-fixtures'

describe('per-minute UI rate and per-hour wire amount', () => {
  it('multiplies by 60 on the way out and divides on the way in', () => {
    expect(perMinuteToPerHour(21)).toBe(1260)
    expect(perHourToPerMinute(1260)).toBe(21)
    expect(pricingTags({ kind: 'per-minute', satsPerMinute: 21 })).toEqual([
      ['pricing', '1'],
      ['amount', '1260'],
    ])
    expect(pricingTags({ kind: 'per-hour', satsPerHour: 3000 })).toEqual([
      ['pricing', '1'],
      ['amount', '3000'],
    ])
    expect(pricingTags({ kind: 'fixed', sats: 50000 })).toEqual([
      ['pricing', '0'],
      ['amount', '50000'],
    ])
  })

  it('refuses negative prices as a programmer error', () => {
    expect(() => pricingTags({ kind: 'fixed', sats: -1 })).toThrow(/invalid price/)
  })
})

describe('readPricing and the legacy per-minute rule', () => {
  const hourly = [
    ['pricing', '1'],
    ['amount', '100'],
  ]
  it('reads pricing 1 before 2025-07-24 as sats per minute', () => {
    expect(valueOf(readPricing(hourly, PER_HOUR_SINCE - 1))).toEqual({
      kind: 'per-hour',
      satsPerHour: 6000,
      legacyPerMinute: true,
    })
  })
  it('reads pricing 1 from 2025-07-24 on as sats per hour', () => {
    expect(valueOf(readPricing(hourly, PER_HOUR_SINCE))).toEqual({
      kind: 'per-hour',
      satsPerHour: 100,
      legacyPerMinute: false,
    })
  })
  it('reads a fixed price the same on both sides of the cutoff', () => {
    const fixed = [
      ['pricing', '0'],
      ['amount', '100'],
    ]
    expect(valueOf(readPricing(fixed, PER_HOUR_SINCE - 1))).toEqual({ kind: 'fixed', sats: 100 })
    expect(valueOf(readPricing(fixed, PER_HOUR_SINCE + 1))).toEqual({ kind: 'fixed', sats: 100 })
  })
  it('treats an old offer re-priced after the cutoff as per hour', () => {
    const tags = [
      ...hourly,
      [
        'pricing_history',
        '{"pricing":1,"amount":2}',
        '{"pricing":1,"amount":100}',
        String(PER_HOUR_SINCE + 5),
      ],
    ]
    expect(valueOf(readPricing(tags, PER_HOUR_SINCE - 1000))).toMatchObject({
      satsPerHour: 100,
      legacyPerMinute: false,
    })
  })
  it.each([
    ['no pricing', [['amount', '5']], /no pricing tag/],
    [
      'unknown pricing',
      [
        ['pricing', '2'],
        ['amount', '5'],
      ],
      /neither 0 \(fixed\) nor 1/,
    ],
    ['no amount', [['pricing', '0']], /no amount/],
    [
      'negative amount',
      [
        ['pricing', '0'],
        ['amount', '-5'],
      ],
      /"-5" is not a non-negative number/,
    ],
    [
      'text amount',
      [
        ['pricing', '0'],
        ['amount', 'ten'],
      ],
      /"ten" is not/,
    ],
  ])('rejects %s', (_name, tags, reason) => {
    expect(reasonOf(readPricing(tags, PER_HOUR_SINCE))).toMatch(reason)
  })
})

describe('pricing_history', () => {
  it('reads entries oldest first and skips malformed ones', () => {
    const tags = [
      ['pricing_history', '{"pricing":0,"amount":10}', '{"pricing":1,"amount":600}', '200'],
      ['pricing_history', 'not json', '{}', 'later'],
      ['pricing_history', '{"pricing":1,"amount":5}', '{"pricing":0,"amount":10}', '100'],
    ]
    expect(readPricingHistory(tags)).toEqual([
      { from: { pricing: 1, amount: 5 }, to: { pricing: 0, amount: 10 }, at: 100 },
      { from: { pricing: 0, amount: 10 }, to: { pricing: 1, amount: 600 }, at: 200 },
    ])
  })

  it('appends an entry only when the price really changes', () => {
    const tags = [
      ['d', 'x'],
      ['pricing', '0'],
      ['amount', '10'],
      ['zap', 'k'],
    ]
    expect(valueOf(repriceTags(tags, { kind: 'fixed', sats: 10 }, 300))).toEqual(tags)
    expect(valueOf(repriceTags(tags, { kind: 'per-minute', satsPerMinute: 2 }, 300))).toEqual([
      ['d', 'x'],
      ['pricing', '1'],
      ['amount', '120'],
      ['zap', 'k'],
      ['pricing_history', '{"pricing":0,"amount":10}', '{"pricing":1,"amount":120}', '300'],
    ])
  })
})
