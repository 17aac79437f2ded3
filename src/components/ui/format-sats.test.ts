import { describe, expect, it } from 'vitest'
import { formatSats, groupThousands } from './format-sats'

describe('formatSats', () => {
  it('groups thousands and names the unit', () => {
    expect(formatSats(21_000)).toBe('21,000 sats')
    expect(formatSats(2_100_000_000)).toBe('2,100,000,000 sats')
  })

  it('uses the singular for one sat', () => {
    expect(formatSats(1)).toBe('1 sat')
  })

  it('never shows a negative or fractional amount', () => {
    expect(formatSats(-5)).toBe('0 sats')
    expect(formatSats(999.6)).toBe('1,000 sats')
  })
})

describe('groupThousands', () => {
  it('writes numbers as toLocaleString does in English', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 2 ** 53 - 1, 1e21, -1234]) {
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'))
    }
  })
})
