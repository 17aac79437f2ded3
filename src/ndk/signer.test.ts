import type { EventTemplate } from 'nostr-tools'
import { describe, expect, it } from 'vitest'
import { BITCOINER, sign } from '@tests/support/nostr-fixtures'
import { extensionSigner } from './nip07'
import { checkSignedEvent, SignerError } from './signer'

const template: EventTemplate = {
  kind: 32768,
  created_at: 1760000100,
  tags: [
    ['d', '0011223344556677'],
    [
      'a',
      '32767:8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f:a1b2c3d4e5f60718',
      '',
    ],
    ['pricing', '0'],
    ['amount', '21000'],
  ],
  content: 'I can walk you through it on a call.',
}

describe('checkSignedEvent', () => {
  it('accepts the template signed by the signed-in person', () => {
    const signed = sign('bitcoiner', template)
    const event = checkSignedEvent(signed, template, BITCOINER)
    expect(event.pubkey).toBe(BITCOINER)
    const { id, sig, kind, created_at, tags, content } = signed
    expect(event).toEqual({ id, sig, pubkey: BITCOINER, kind, created_at, tags, content })
  })

  it('refuses an event signed by someone else', () => {
    const signed = sign('stranger', template)
    expect(() => checkSignedEvent(signed, template, BITCOINER)).toThrow(SignerError)
    expect(() => checkSignedEvent(signed, template, BITCOINER)).toThrow(/different key/)
  })

  it('refuses a badly signed event', () => {
    const signed = { ...sign('bitcoiner', template), sig: 'ab'.repeat(64) }
    expect(() => checkSignedEvent(signed, template, BITCOINER)).toThrow(/invalid signature/)
  })

  it('refuses a validly signed event that is not what the app asked to sign', () => {
    const other = sign('bitcoiner', {
      ...template,
      tags: [...template.tags.slice(0, 2), ['amount', '1']],
    })
    expect(() => checkSignedEvent(other, template, BITCOINER)).toThrow(/different event/)
  })

  it('refuses an answer that is not an event', () => {
    expect(() => checkSignedEvent('ok', template, BITCOINER)).toThrow(SignerError)
  })
})

describe('extensionSigner', () => {
  /** A NIP-07 extension holding the key of `who`, answering like Alby or nos2x. */
  const extensionOf = (who: 'bitcoiner' | 'stranger') => ({
    getPublicKey: async () => BITCOINER,
    signEvent: async (t: EventTemplate) => sign(who, t),
  })

  it('returns what an honest extension signs', async () => {
    const signer = extensionSigner(extensionOf('bitcoiner'), BITCOINER)
    const event = await signer.signEvent(template)
    expect(event.pubkey).toBe(BITCOINER)
    expect(event.tags).toEqual(template.tags)
  })

  it('refuses an event the extension signed with another account', async () => {
    const signer = extensionSigner(extensionOf('stranger'), BITCOINER)
    await expect(signer.signEvent(template)).rejects.toThrow(/different key/)
  })
})
