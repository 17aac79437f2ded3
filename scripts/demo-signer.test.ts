import { getPublicKey, verifyEvent } from 'nostr-tools'
import { BunkerSigner, parseBunkerInput } from 'nostr-tools/nip46'
import { hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemoSigner } from './demo-signer'
import type { DemoSigner } from './demo-signer'
import { startRelay } from './relay'
import type { LocalRelay } from './relay'

const bunkerKey = hexToBytes('5c0c523f52a5b6fad39ed2403092df8cebc36318b39383bca6c00808626fab3a')
const clientKey = hexToBytes('a4de5b0a6b5c8bd0c3a4c4a0b0d0e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091')

let relay: LocalRelay
let signer: DemoSigner
beforeAll(async () => {
  relay = await startRelay()
  signer = await startDemoSigner({ relayUrl: relay.url, secretKey: bunkerKey })
})
afterAll(async () => {
  await signer.stop()
  await relay.stop()
})

const client = async (uri: string) => {
  const pointer = await parseBunkerInput(uri)
  if (!pointer) throw new Error('unreadable bunker URI')
  return BunkerSigner.fromBunker(clientKey, pointer)
}

describe('startDemoSigner', () => {
  it('prints a bunker URI naming its pubkey, the relay and a secret', () => {
    const url = new URL(signer.bunkerUri)
    expect(url.protocol).toBe('bunker:')
    expect(signer.pubkey).toBe(getPublicKey(bunkerKey))
    expect(signer.bunkerUri.startsWith(`bunker://${signer.pubkey}?`)).toBe(true)
    expect(url.searchParams.get('relay')).toBe(relay.url)
    expect(url.searchParams.get('secret')).toMatch(/^[0-9a-f]{32}$/)
  })

  it('refuses a connect with the wrong secret', async () => {
    const wrong = signer.bunkerUri.replace(/secret=[0-9a-f]+/, 'secret=not-the-secret')
    const bunker = await client(wrong)
    await expect(bunker.connect()).rejects.toThrow(/invalid secret/)
    await bunker.close()
  }, 15_000)

  it('connects with the secret, then signs and encrypts for the client over nip44', async () => {
    const bunker = await client(signer.bunkerUri)
    await bunker.connect()
    expect(signer.clients()).toContain(getPublicKey(clientKey))
    expect(await bunker.getPublicKey()).toBe(signer.pubkey)
    await bunker.ping()

    const signed = await bunker.signEvent({
      kind: 1,
      created_at: 1_700_000_000,
      tags: [],
      content: 'hi',
    })
    expect(signed.pubkey).toBe(signer.pubkey)
    expect(verifyEvent(signed)).toBe(true)

    const peer = getPublicKey(clientKey)
    const ciphertext = await bunker.nip44Encrypt(peer, 'my seed is safe')
    expect(ciphertext).not.toContain('seed')
    expect(await bunker.nip44Decrypt(peer, ciphertext)).toBe('my seed is safe')
    await bunker.close()
  }, 15_000)
})

describe('startDemoSigner after the relay restarts', () => {
  it('reconnects and answers again', async () => {
    await relay.restart()
    const bunker = await client(signer.bunkerUri)
    const answered = (async () => {
      // NDK reconnects with a backoff; ask until the signer is back
      for (;;) {
        try {
          await Promise.race([
            bunker.connect(),
            new Promise((_, no) => setTimeout(() => no(new Error('slow')), 2000)),
          ])
          return await bunker.getPublicKey()
        } catch {
          // not back yet
        }
      }
    })()
    expect(await answered).toBe(signer.pubkey)
    await bunker.close()
  }, 30_000)
})
