import 'fake-indexeddb/auto'
import type { NostrEvent } from 'nostr-tools'
import { getEventHash } from 'nostr-tools/pure'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { connectApp } from '@tests/support/connect-app'
import { BITCOINER, signed } from '@tests/support/nostr-fixtures'
import { scriptedRelay } from '@tests/support/scripted-relay'

// The path from a relay into this device's cache: only what src/ndk verified is kept, so a forged
// newer version can neither show nor survive a reload.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

const D = 'a1b2c3d4e5f60718'
const TICKET = `32767:${BITCOINER}:${D}`
const real = signed(
  'bitcoiner',
  32767,
  [
    ['d', D],
    ['title', 'Real title'],
    ['s', '0'],
  ],
  '',
  1760000000,
)

/** A newer version with a correct id but no valid signature (a zero one). */
const forgedTemplate = {
  ...real,
  created_at: 1760000500,
  tags: [
    ['d', D],
    ['title', 'Send me your seed'],
    ['s', '0'],
  ],
}
const forged: NostrEvent = {
  ...forgedTemplate,
  id: getEventHash(forgedTemplate),
  sig: '0'.repeat(128),
}

const load = async () => ({
  cache: await import('@/storage/event-cache'),
  ingest: await import('@/stores/marketplace-ingest'),
  sync: await import('@/stores/marketplace-sync'),
  store: (await import('@/stores/marketplace')).useMarketplace,
})

let relay: Awaited<ReturnType<typeof scriptedRelay>>
let m: Awaited<ReturnType<typeof load>>

describe('the cache of verified events', () => {
  beforeAll(async () => {
    relay = await scriptedRelay([real, forged], 0)
    vi.stubEnv('VITE_RELAYS', relay.url)
    vi.resetModules()
    m = await load()
    await connectApp(relay.url)
  })
  afterAll(() => {
    relay.server.close()
    vi.unstubAllEnvs()
  })

  it('keeps the real version and never the forged newer one', async () => {
    await new Promise<void>((resolve) => {
      const stop = m.sync.watchMarketplace([{ kinds: [32767] }], {
        onEose: () => {
          stop()
          resolve()
        },
      })
    })
    expect(m.store.getState().tickets[TICKET]?.title).toBe('Real title')
    await vi.waitFor(async () =>
      expect((await m.cache.readCachedEvents()).map((event) => event.id)).toEqual([real.id]),
    )
  })

  it('paints a returning visit from the cache, before any relay answers', async () => {
    vi.resetModules()
    const fresh = await load()
    expect(fresh.store.getState().tickets).toEqual({})
    await fresh.ingest.loadCachedMarketplace()
    expect(fresh.store.getState().tickets[TICKET]).toMatchObject({
      id: real.id,
      title: 'Real title',
    })
  })
})
