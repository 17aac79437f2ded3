import { describe, expect, it } from 'vitest'
import type { MuteCrypto } from './mute-list'
import {
  addPrivateMute,
  addPublicMute,
  readMuteList,
  readPrivateMutes,
  removePrivateMute,
  removePublicMute,
} from './mute-list'
import {
  BITCOINER,
  RIVAL,
  STRANGER,
  reasonOf,
  signed,
  valueOf,
} from '@tests/support/nostr-fixtures'

// A reversible stand-in for the signer's encryption to self, so tests can see what was encrypted.
const crypto: MuteCrypto = {
  nip44Encrypt: async (plaintext) => `nip44:${Buffer.from(plaintext).toString('base64')}`,
  nip44Decrypt: async (ciphertext) => {
    if (!ciphertext.startsWith('nip44:')) throw new Error('bad ciphertext')
    return Buffer.from(ciphertext.slice(6), 'base64').toString()
  },
  nip04Decrypt: async (ciphertext) =>
    Buffer.from(ciphertext.split('?iv=')[0] ?? '', 'base64').toString(),
}

const privateItems = [
  ['p', STRANGER],
  ['word', 'airdrop'],
]
const NOW = 1760000000
const existing = async () =>
  signed(
    'bitcoiner',
    10000,
    [
      ['p', RIVAL],
      ['t', 'shitcoin'],
      ['word', 'giveaway'],
      ['e', 'a'.repeat(64)],
      ['emoji', 'x', 'https://e.example/x.png'],
    ],
    await crypto.nip44Encrypt(JSON.stringify(privateItems)),
    NOW - 100,
  )

describe('public mute edits', () => {
  it('adds a pubkey keeping every other tag and the encrypted content verbatim', async () => {
    const list = await existing()
    const template = addPublicMute(list, ['p', BITCOINER], NOW)
    expect(template.tags).toEqual([...list.tags, ['p', BITCOINER]])
    expect(template.content).toBe(list.content)
    expect(template.kind).toBe(10000)
  })
  it('does not duplicate an item already muted', async () => {
    const list = await existing()
    expect(addPublicMute(list, ['p', RIVAL], NOW).tags).toEqual(list.tags)
  })
  it('removes only the matching item, content verbatim', async () => {
    const list = await existing()
    const template = removePublicMute(list, ['t', 'shitcoin'], NOW)
    expect(template.tags).toEqual(list.tags.filter((t) => t[1] !== 'shitcoin'))
    expect(template.content).toBe(list.content)
  })
  it('starts a fresh list when there was none', () => {
    expect(addPublicMute(undefined, ['p', RIVAL], NOW)).toEqual({
      kind: 10000,
      created_at: NOW,
      tags: [['p', RIVAL]],
      content: '',
    })
  })
  it('reads the public items', async () => {
    expect(valueOf(readMuteList(await existing()))).toMatchObject({
      pubkeys: [RIVAL],
      hashtags: ['shitcoin'],
      words: ['giveaway'],
      hasPrivateItems: true,
    })
  })
})

describe('private mute edits', () => {
  it('adds a private item, keeps the old private items and every public tag', async () => {
    const list = await existing()
    const template = valueOf(await addPrivateMute(list, ['p', BITCOINER], NOW, crypto))
    expect(template.tags).toEqual(list.tags)
    expect(JSON.parse(await crypto.nip44Decrypt(template.content))).toEqual([
      ...privateItems,
      ['p', BITCOINER],
    ])
  })
  it('removes a private item', async () => {
    const list = await existing()
    const template = valueOf(await removePrivateMute(list, ['word', 'airdrop'], NOW, crypto))
    expect(JSON.parse(await crypto.nip44Decrypt(template.content))).toEqual([['p', STRANGER]])
  })
  it('reads NIP-04 private items and re-encrypts them with NIP-44', async () => {
    const legacy = signed(
      'bitcoiner',
      10000,
      [['p', RIVAL]],
      `${Buffer.from(JSON.stringify(privateItems)).toString('base64')}?iv=abc`,
    )
    expect(valueOf(await readPrivateMutes(legacy, crypto))).toEqual(privateItems)
    const template = valueOf(await addPrivateMute(legacy, ['t', 'scam'], NOW, crypto))
    expect(template.content.startsWith('nip44:')).toBe(true)
    expect(JSON.parse(await crypto.nip44Decrypt(template.content))).toEqual([
      ...privateItems,
      ['t', 'scam'],
    ])
  })
  it('refuses to edit when the private items cannot be decrypted, rather than losing them', async () => {
    const broken = signed('bitcoiner', 10000, [['p', RIVAL]], 'garbage-ciphertext')
    expect(reasonOf(await addPrivateMute(broken, ['p', BITCOINER], NOW, crypto))).toMatch(
      /not changed: the private mutes could not be decrypted/,
    )
  })
})
