import { describe, expect, it } from 'vitest'
import { readPricing } from '@/nostr/pricing'
import { priceLine } from './price-text'

const text = (tags: string[][], publishedAt: number) => {
  const read = readPricing(tags, publishedAt)
  if (!read.ok) throw new Error(read.reason)
  return priceLine(read.value)
}

describe('priceLine', () => {
  it('reads fixed, per-hour and legacy per-minute offers right', () => {
    expect(
      text(
        [
          ['pricing', '0'],
          ['amount', '50000'],
        ],
        1_760_000_000,
      ),
    ).toBe('50,000 sats')
    expect(
      text(
        [
          ['pricing', '1'],
          ['amount', '3000'],
        ],
        1_760_000_000,
      ),
    ).toBe('50 sats / min (3,000 sats per hour)')
    // before 2025-07-24, pricing 1 meant sats per minute
    expect(
      text(
        [
          ['pricing', '1'],
          ['amount', '50'],
        ],
        1_700_000_000,
      ),
    ).toBe('50 sats / min (3,000 sats per hour)')
  })
})
