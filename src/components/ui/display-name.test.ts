import { describe, expect, it } from 'vitest'
import { displayName, shortNpub } from './display-name'

const pubkey = '7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e'

describe('displayName', () => {
  it('prefers the display name, then the name', () => {
    expect(displayName(pubkey, { pubkey, displayName: 'Satoshi N.', name: 'satoshi' })).toBe(
      'Satoshi N.',
    )
    expect(displayName(pubkey, { pubkey, displayName: '  ', name: 'satoshi' })).toBe('satoshi')
  })

  it('falls back to a short npub when the person has no name', () => {
    expect(displayName(pubkey)).toBe('npub10elfc…jptg')
    expect(shortNpub(pubkey)).toBe('npub10elfc…jptg')
  })

  it('cuts absurdly long names', () => {
    const name = 'x'.repeat(500)
    expect(displayName(pubkey, { pubkey, name })).toBe(`${'x'.repeat(60)}…`)
  })
})
