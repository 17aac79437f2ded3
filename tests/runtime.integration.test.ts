import type { EventTemplate } from 'nostr-tools'
import { connectApp } from '@tests/support/connect-app'
import type { NostrEvent } from 'nostr-tools'
import { decrypt, encrypt, getConversationKey } from 'nostr-tools/nip44'
import { SimplePool } from 'nostr-tools/pool'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { startDemoSigner, type DemoSigner } from '../scripts/demo-signer'
import { startRelay, type LocalRelay } from '../scripts/relay'

// The runtime edge against a real relay and a real NIP-46 bunker (NDK's backend), in Node.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

const PERSON_KEY = hexToBytes('5e7d2ab3e8d1a36a2c1a2c6f4f1b8f7e0a4d3c2b1a09f8e7d6c5b4a392817161')
const PERSON = getPublicKey(PERSON_KEY)
/** The person who signs in through a signer app (another key than the bunker's). */
const APP_KEY = hexToBytes('3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b')
const DEAD_RELAY = 'ws://127.0.0.1:9'

let relay: LocalRelay
let signer: DemoSigner

/**
 * A signer app that scanned a nostrconnect:// code: it answers the code's secret, then serves
 * get_public_key and sign_event with APP_KEY, as Amber or nsec.app would.
 */
const scanWithSignerApp = (uri: string) => {
  const url = new URL(uri)
  const client = url.hostname || url.pathname.replace(/^\/+/, '')
  const relays = url.searchParams.getAll('relay')
  const key = getConversationKey(APP_KEY, client)
  const pool = new SimplePool()
  const send = (message: object) =>
    Promise.any(
      pool.publish(
        relays,
        finalizeEvent(
          {
            kind: 24133,
            created_at: Math.floor(Date.now() / 1000),
            tags: [['p', client]],
            content: encrypt(JSON.stringify(message), key),
          },
          APP_KEY,
        ),
      ),
    ).catch(() => {})
  pool.subscribe(
    relays,
    { kinds: [24133], '#p': [getPublicKey(APP_KEY)], authors: [client] },
    {
      onevent: (event: NostrEvent) => {
        const { id, method, params } = JSON.parse(decrypt(event.content, key)) as {
          id: string
          method: string
          params: string[]
        }
        if (method === 'get_public_key') void send({ id, result: getPublicKey(APP_KEY) })
        if (method === 'sign_event') {
          const signed = finalizeEvent(JSON.parse(params[0] ?? '{}'), APP_KEY)
          void send({ id, result: JSON.stringify(signed) })
        }
      },
    },
  )
  void send({ id: 'connect', result: url.searchParams.get('secret') })
  return {
    perms: url.searchParams.get('perms'),
    name: url.searchParams.get('name'),
    close: () => pool.destroy(),
  }
}

const load = async () => ({
  session: await import('@/commands/session'),
  publish: await import('@/ndk/publish'),
  fetch: await import('@/ndk/fetch-events'),
  client: await import('@/ndk/client'),
  store: (await import('@/stores/session')).useSession,
  storage: (await import('@/storage/device-storage')).deviceStorage(),
})

/** What a command does to publish, without the outbox: the session's signer signs, then send. */
type Modules = Awaited<ReturnType<typeof load>>

const signAndSend = async (
  publish: Pick<Modules['publish'], 'publishSigned' | 'signTemplate'>,
  template: EventTemplate,
  relays: string[],
) => publish.publishSigned(await publish.signTemplate(template), relays)

describe('runtime edge with a local relay and a remote signer', () => {
  beforeAll(async () => {
    relay = await startRelay()
    signer = await startDemoSigner({ relayUrl: relay.url, secretKey: PERSON_KEY })
    vi.stubEnv('VITE_RELAYS', relay.url)
  }, 30_000)

  afterAll(async () => {
    await signer?.stop()
    await relay?.stop()
    vi.unstubAllEnvs()
  })

  it('signs in with a bunker URI, publishes, reads back verified, and survives a reload', async () => {
    const first = await load()
    await connectApp(relay.url)
    expect(await first.session.signInWithBunker(signer.bunkerUri)).toBe(true)
    expect(first.store.getState()).toMatchObject({
      status: 'signed-in',
      pubkey: PERSON,
      method: 'nip46',
    })
    expect(signer.clients()).toHaveLength(1)
    expect(first.storage.getItem('bt:session')).not.toContain(
      Buffer.from(PERSON_KEY).toString('hex'),
    )

    const outcome = await signAndSend(
      first.publish,
      { kind: 1986, created_at: 1760000000, tags: [['L', 'qts/freelancing']], content: 'first' },
      [relay.url, DEAD_RELAY],
    )
    expect(outcome.event.pubkey).toBe(PERSON)
    expect(outcome.accepted).toEqual([relay.url])
    expect(outcome.refused.map((r) => r.relay)).toEqual([DEAD_RELAY])

    const found = await first.fetch.fetchEvents(
      { kinds: [1986], authors: [PERSON] },
      { relays: [relay.url], timeoutMs: 3000 },
    )
    expect(found.map((event) => event.id)).toEqual([outcome.event.id])

    // a reload: fresh modules, same device storage
    const stored = first.storage.getItem('bt:session')
    vi.resetModules()
    const second = await load()
    second.storage.setItem('bt:session', stored ?? '')
    await connectApp(relay.url)
    await second.session.restoreSession()
    expect(second.store.getState()).toMatchObject({ status: 'signed-in', pubkey: PERSON })
    const again = await signAndSend(
      second.publish,
      {
        kind: 1986,
        created_at: 1760000001,
        tags: [['L', 'qts/freelancing']],
        content: 'after reload',
      },
      [relay.url],
    )
    expect(again.accepted).toEqual([relay.url])
    expect(signer.clients()).toHaveLength(1)

    second.session.signOut()
    expect(second.storage.getItem('bt:session')).toBeNull()
    await expect(
      second.publish.signTemplate({ kind: 1, created_at: 1, tags: [], content: '' }),
    ).rejects.toThrow(/Sign in first/)
  }, 60_000)

  it('signs in by a signer app scanning the nostrconnect code', async () => {
    const modules = await load()
    const { session, store, publish } = modules
    await connectApp(relay.url)
    const pending = session.startNostrConnect()
    expect(pending.uri).toMatch(/^nostrconnect:\/\/[0-9a-f]{64}\?relay=/)
    const app = scanWithSignerApp(pending.uri)
    try {
      expect(app.name).toBe('Bitcoin Troubleshoot')
      expect(app.perms?.split(',')).toEqual(
        expect.arrayContaining(['sign_event:32767', 'nip44_encrypt']),
      )
      await vi.waitFor(() => expect(store.getState().status).toBe('signed-in'), { timeout: 10_000 })
      expect(store.getState().pubkey).toBe(getPublicKey(APP_KEY))
      const outcome = await signAndSend(
        publish,
        {
          kind: 1986,
          created_at: 1760000002,
          tags: [['L', 'qts/freelancing']],
          content: 'via app',
        },
        [relay.url],
      )
      expect(outcome.accepted).toEqual([relay.url])
    } finally {
      app.close()
      session.signOut()
    }
  }, 30_000)

  it('explains when the bunker relay cannot be reached', async () => {
    const { session, store } = await load()
    const uri = `bunker://${getPublicKey(PERSON_KEY)}?relay=${encodeURIComponent(DEAD_RELAY)}`
    expect(await session.signInWithBunker(uri)).toBe(false)
    expect(store.getState()).toMatchObject({
      status: 'signed-out',
      error:
        "Could not reach the remote signer's relay. Check the bunker URI and your connection, then try again.",
    })
  }, 30_000)

  it('reports the reason a relay gives for refusing an event', async () => {
    const { publish } = await load()
    // the relay refuses an already expired event (NIP-40) with ["OK", id, false, reason]
    const event = finalizeEvent(
      { kind: 1, created_at: 1700000000, tags: [['expiration', '1700000001']], content: 'gone' },
      PERSON_KEY,
    )
    const outcome = await publish.publishSigned(event, [relay.url], 3000)
    expect(outcome.accepted).toEqual([])
    expect(outcome.refused).toEqual([{ relay: relay.url, reason: 'reject: event is expired' }])
  }, 30_000)
})
