import { describe, expect, it } from 'vitest'
import { readPricing } from '@/nostr/pricing'
import { describePrice, priceLine } from './price-text'

const read = (tags: string[][], publishedAt: number) => {
  const pricing = readPricing(tags, publishedAt)
  if (!pricing.ok) throw new Error(pricing.reason)
  return describePrice(pricing.value)
}

const AFTER_SWITCH = 1_760_000_000 // 2025-10
const BEFORE_SWITCH = 1_700_000_000 // 2023-11

describe('describePrice', () => {
  it('shows a fixed price in sats', () => {
    expect(
      read(
        [
          ['pricing', '0'],
          ['amount', '21000'],
        ],
        AFTER_SWITCH,
      ),
    ).toEqual({
      main: '21,000 sats',
      detail: 'Fixed price',
    })
  })

  it('shows a per-hour wire price per minute and per hour', () => {
    expect(
      read(
        [
          ['pricing', '1'],
          ['amount', '6000'],
        ],
        AFTER_SWITCH,
      ),
    ).toEqual({
      main: '100 sats / min',
      detail: 'Time-based · 6,000 sats per hour',
    })
    expect(
      read(
        [
          ['pricing', '1'],
          ['amount', '100'],
        ],
        AFTER_SWITCH,
      ).main,
    ).toBe('1.67 sats / min')
  })

  it('reads a legacy pricing 1 offer as sats per minute', () => {
    expect(
      read(
        [
          ['pricing', '1'],
          ['amount', '50'],
        ],
        BEFORE_SWITCH,
      ),
    ).toEqual({
      main: '50 sats / min',
      detail: '3,000 sats per hour · priced per minute (an older offer)',
    })
  })
})

describe('priceLine', () => {
  it('puts a price on one line, per minute and per hour for time-based ones', () => {
    expect(priceLine({ kind: 'fixed', sats: 5000 })).toBe('5,000 sats')
    expect(priceLine({ kind: 'per-hour', satsPerHour: 600, legacyPerMinute: false })).toBe(
      '10 sats / min (600 sats per hour)',
    )
    expect(priceLine({ kind: 'per-hour', satsPerHour: 1000, legacyPerMinute: false })).toBe(
      '16.67 sats / min (1,000 sats per hour)',
    )
  })
})
