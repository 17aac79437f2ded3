import { describe, expect, it } from 'vitest'
import { walletErrorWords } from './wallet-errors'

describe('walletErrorWords', () => {
  it('says what a known code means, whatever the wallet wrote', () => {
    expect(walletErrorWords('INSUFFICIENT_BALANCE', 'x')).toBe(
      'Your wallet does not have enough sats for this.',
    )
    expect(walletErrorWords('QUOTA_EXCEEDED')).toMatch(/budget/)
  })

  it('shows the wallet’s own words for other codes, on one line and cut short', () => {
    expect(walletErrorWords('INTERNAL', 'node\n  offline')).toBe(
      'Your wallet reported a problem: node offline',
    )
    expect(walletErrorWords('OTHER', 'y'.repeat(500)).length).toBeLessThan(260)
    expect(walletErrorWords(undefined)).toBe('Your wallet reported a problem.')
  })
})
