import { describe, expect, it } from 'vitest'
import { readPricing } from '@/nostr/pricing'
import { describePrice } from './offer-price'

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
