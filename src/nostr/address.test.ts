import { describe, expect, it } from 'vitest'
import { addressTag, formatAddress, readAddress, readAddressTag } from './address'
import { BITCOINER, reasonOf, valueOf } from '@tests/support/nostr-fixtures'

describe('addresses', () => {
  it('formats and reads back, with colons allowed in d', () => {
    const address = { kind: 32767, pubkey: BITCOINER, d: 'a:b' }
    expect(formatAddress(address)).toBe(`32767:${BITCOINER}:a:b`)
    expect(valueOf(readAddress(formatAddress(address)))).toEqual(address)
  })
  it.each([
    ['', /empty/],
    [`x:${BITCOINER}:d`, /kind number/],
    [`1:${BITCOINER}:d`, /not an addressable kind/],
    ['32767:abc:d', /malformed pubkey/],
    [`32767:${BITCOINER}`, /no d identifier/],
  ])('rejects %s', (input, reason) => {
    expect(reasonOf(readAddress(input))).toMatch(reason)
  })
  it('reads a relay hint, and ignores a SatShoot timestamp in its place', () => {
    expect(valueOf(readAddressTag(['a', `32768:${BITCOINER}:x`, 'wss://Relay.example/']))).toEqual({
      kind: 32768,
      pubkey: BITCOINER,
      d: 'x',
      relay: 'wss://relay.example',
    })
    expect(valueOf(readAddressTag(['a', `32768:${BITCOINER}:x`, '1752100000']))).toEqual({
      kind: 32768,
      pubkey: BITCOINER,
      d: 'x',
    })
  })
  it('writes an empty third slot without a hint', () => {
    expect(addressTag({ kind: 32768, pubkey: BITCOINER, d: 'x' })).toEqual([
      'a',
      `32768:${BITCOINER}:x`,
      '',
    ])
  })
})
