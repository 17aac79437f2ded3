import { describe, expect, it } from 'vitest'
import { formatSats } from './format-sats'

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
