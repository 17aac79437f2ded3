import { describe, expect, it } from 'vitest'
import { reasonOf, signed, valueOf } from '@tests/support/nostr-fixtures'
import { checkProfileChanges, editProfile } from './profile-edit'

const NOW = 1760000500

/** A profile another client wrote: fields this app never edits, a nested value, tags. */
const theirs = signed(
  'bitcoiner',
  0,
  [
    ['i', 'github:satoshi', 'proof'],
    ['client', 'other-app'],
  ],
  '{"name":"satoshi","website":"https://me.example","banner":"https://me.example/b.png","about":"old","x_custom":{"a":[1,2]},"bot":false,"lud16":"old@wallet.example"}',
  1760000000,
)

describe('editProfile', () => {
  it('changes only what was changed and keeps every other key, value and tag (but client) as written', () => {
    const template = valueOf(
      editProfile(theirs, { name: 'Satoshi N', about: 'Hardware wallets and nodes.' }, NOW),
    )
    expect(template).toEqual({
      kind: 0,
      created_at: NOW,
      tags: [['i', 'github:satoshi', 'proof']],
      content:
        '{"name":"Satoshi N","website":"https://me.example","banner":"https://me.example/b.png","about":"Hardware wallets and nodes.","x_custom":{"a":[1,2]},"bot":false,"lud16":"old@wallet.example"}',
    })
  })

  it('removes a cleared field and adds new ones at the end, lowercasing addresses', () => {
    const template = valueOf(
      editProfile(
        theirs,
        { lud16: '', nip05: ' Me@Example.com ', picture: 'https://p.example/me.png' },
        NOW,
      ),
    )
    expect(template.content).toBe(
      '{"name":"satoshi","website":"https://me.example","banner":"https://me.example/b.png","about":"old","x_custom":{"a":[1,2]},"bot":false,"picture":"https://p.example/me.png","nip05":"me@example.com"}',
    )
  })

  it('writes a new name to display_name too when the profile has one, so clients show it', () => {
    const both = signed('bitcoiner', 0, [], '{"display_name":"Old Name","name":"old"}')
    expect(valueOf(editProfile(both, { name: 'New' }, NOW)).content).toBe(
      '{"display_name":"New","name":"New"}',
    )
    const camel = signed('bitcoiner', 0, [], '{"displayName":"Old"}')
    expect(valueOf(editProfile(camel, { name: 'New' }, NOW)).content).toBe(
      '{"displayName":"Old","name":"New","display_name":"New"}',
    )
  })

  it('starts a first profile from nothing', () => {
    expect(valueOf(editProfile(undefined, { name: 'Alice', about: '' }, NOW))).toEqual({
      kind: 0,
      created_at: NOW,
      tags: [],
      content: '{"name":"Alice"}',
    })
  })

  it('dates the edit after a profile whose clock ran ahead, so the edit wins', () => {
    const ahead = signed('bitcoiner', 0, [], '{}', NOW + 3600)
    expect(valueOf(editProfile(ahead, { name: 'A' }, NOW)).created_at).toBe(NOW + 3601)
  })

  it('refuses to edit a profile whose content is not a JSON object', () => {
    for (const content of ['not json', '[1,2]', 'null']) {
      const broken = signed('bitcoiner', 0, [], content)
      expect(reasonOf(editProfile(broken, { name: 'A' }, NOW))).toMatch(/not a JSON object/)
    }
  })
})

describe('checkProfileChanges', () => {
  it('takes only https pictures', () => {
    expect(reasonOf(checkProfileChanges({ picture: 'http://p.example/me.png' }))).toMatch(/https/)
    expect(reasonOf(checkProfileChanges({ picture: 'javascript:alert(1)' }))).toMatch(/https/)
    expect(reasonOf(checkProfileChanges({ picture: 'https://u:p@p.example/a.png' }))).toMatch(
      /https/,
    )
    expect(valueOf(checkProfileChanges({ picture: '' }))).toEqual({ picture: '' })
  })

  it('takes name@domain addresses and sane lengths only', () => {
    expect(reasonOf(checkProfileChanges({ lud16: 'not an address' }))).toMatch(/lightning address/)
    expect(reasonOf(checkProfileChanges({ nip05: 'example.com' }))).toMatch(/NIP-05/)
    expect(reasonOf(checkProfileChanges({ name: 'x'.repeat(101) }))).toMatch(/100/)
    expect(reasonOf(checkProfileChanges({ about: 'x'.repeat(2001) }))).toMatch(/2000/)
  })
})
