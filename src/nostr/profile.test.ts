import { describe, expect, it } from 'vitest'
import { profileName, readProfile } from './profile'
import { BITCOINER, reasonOf, signed, valueOf } from '@tests/support/nostr-fixtures'

describe('readProfile', () => {
  it('reads the fields the app shows', () => {
    const content = JSON.stringify({
      name: 'satoshi',
      display_name: 'Satoshi N',
      picture: 'https://p.example/me.jpg',
      about: 'hi',
      nip05: 'me@example.com',
      lud16: 'Me@Wallet.example',
      website: 'https://me.example',
    })
    expect(valueOf(readProfile(signed('bitcoiner', 0, [], content)))).toMatchObject({
      pubkey: BITCOINER,
      name: 'satoshi',
      displayName: 'Satoshi N',
      picture: 'https://p.example/me.jpg',
      about: 'hi',
      nip05: 'me@example.com',
      lud16: 'me@wallet.example',
      website: 'https://me.example/',
    })
  })
  it('drops unsafe URLs and non-string fields', () => {
    const content = JSON.stringify({
      name: 42,
      picture: 'javascript:alert(1)',
      website: 'data:text/html,x',
      lud16: 'not an address',
    })
    const profile = valueOf(readProfile(signed('bitcoiner', 0, [], content)))
    expect(profile).toEqual({ pubkey: BITCOINER, createdAt: 1760000000 })
    expect(profileName(profile)).toBe('8a7721cc…')
  })
  it('rejects content that is not a JSON object, and other kinds', () => {
    expect(reasonOf(readProfile(signed('bitcoiner', 0, [], 'hello')))).toMatch(/not JSON/)
    expect(reasonOf(readProfile(signed('bitcoiner', 0, [], '[1]')))).toMatch(/not a JSON object/)
    expect(reasonOf(readProfile(signed('bitcoiner', 1, [], '{}')))).toMatch(/kind 1, not a profile/)
  })
})
