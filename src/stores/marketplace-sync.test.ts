import { connectApp } from '@tests/support/connect-app'
import type { Filter, NostrEvent } from 'nostr-tools'
import { Relay } from 'nostr-tools/relay'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { BITCOINER, TROUBLESHOOTER, signed } from '@tests/support/nostr-fixtures'
import { startRelay, type LocalRelay } from '@/../scripts/relay'

// The marketplace sync against a real relay: what reaches the store, how often, over how many REQs.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

let relay: LocalRelay
let peer: Relay
const sent: string[] = []

const load = async () => ({
  sync: await import('./marketplace-sync'),
  client: await import('@/ndk/client'),
  connection: await import('./relay-connection'),
  store: await import('@/stores/marketplace'),
})
let m: Awaited<ReturnType<typeof load>>

const ticket = (d: string, title: string | undefined, createdAt: number, status = '0') =>
  signed(
    'bitcoiner',
    32767,
    [['d', d], ...(title ? [['title', title]] : []), ['s', status]],
    'Details',
    createdAt,
  )

const put = async (...events: NostrEvent[]) => {
  for (const event of events) await peer.publish(event)
}

/** Watches until EOSE; resolves with the function that stops watching. */
const watched = (filters: Filter[]) =>
  new Promise<() => void>((resolve) => {
    const stop = m.sync.watchMarketplace(filters, { onEose: () => resolve(stop) })
  })

const reqsMentioning = (text: string) =>
  sent.filter((line) => line.startsWith('["REQ"') && line.includes(text)).length

const state = () => m.store.useMarketplace.getState()

describe('marketplace sync with a local relay', () => {
  beforeAll(async () => {
    relay = await startRelay({ log: (line) => sent.push(line) })
    peer = await Relay.connect(relay.url)
    vi.stubEnv('VITE_RELAYS', relay.url)
    vi.resetModules()
    m = await load()
    await connectApp(relay.url)
  }, 30_000)

  afterAll(async () => {
    peer?.close()
    await relay?.stop()
    vi.unstubAllEnvs()
  })

  beforeEach(() => m.store.useMarketplace.setState(m.store.emptyMarketplace()))

  it('puts a burst of stored tickets into the store in a few updates, newest version each', async () => {
    const events = Array.from({ length: 40 }, (_, i) =>
      ticket(`burst-${String(i).padStart(2, '0')}-0000000000`, `Ticket ${i}`, 1760000000 + i),
    )
    await put(...events, ticket('burst-00-0000000000', 'Ticket 0, edited', 1760000100))
    let updates = 0
    const unsubscribe = m.store.useMarketplace.subscribe(() => (updates += 1))
    const stop = await watched([{ kinds: [32767], authors: [BITCOINER] }])
    unsubscribe()
    stop()
    const titles = Object.values(state().tickets)
      .filter((t) => t.d.startsWith('burst-'))
      .map((t) => t.title)
    expect(titles).toHaveLength(40)
    expect(titles).toContain('Ticket 0, edited')
    expect(titles).not.toContain('Ticket 0')
    expect(updates).toBeLessThanOrEqual(3)
  }, 30_000)

  it('drops events the readers reject', async () => {
    await put(ticket('untitled-00000000000', undefined, 1760000000))
    const stop = await watched([{ kinds: [32767], '#d': ['untitled-00000000000'] }])
    stop()
    expect(state().tickets).toEqual({})
  }, 30_000)

  it('shares one relay subscription between watchers of the same filters', async () => {
    const filter = (order: 'kinds first' | 'tags first') =>
      order === 'kinds first'
        ? [{ kinds: [32768], '#a': [`32767:${BITCOINER}:shared-0000000001`] }]
        : [{ '#a': [`32767:${BITCOINER}:shared-0000000001`], kinds: [32768] }]
    const first = m.sync.watchMarketplace(filter('kinds first'))
    const second = m.sync.watchMarketplace(filter('tags first'))
    await vi.waitFor(() => expect(reqsMentioning('shared-0000000001')).toBe(1))
    first()
    second()
    // a remount right after an unmount reuses the subscription
    const remount = m.sync.watchMarketplace(filter('kinds first'))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(reqsMentioning('shared-0000000001')).toBe(1)
    remount()
    // once nobody wants it, it is closed: the next watcher asks the relay again
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const later = m.sync.watchMarketplace(filter('tags first'))
    await vi.waitFor(() => expect(reqsMentioning('shared-0000000001')).toBe(2))
    later()
  }, 30_000)

  it('follows live changes and asks for deletions of what it has seen', async () => {
    const d = 'live-000000000000001'
    const address = `32767:${BITCOINER}:${d}`
    await put(ticket(d, 'Stuck transaction', 1760000000))
    const stop = await watched([{ kinds: [32767], authors: [BITCOINER], '#d': [d] }])
    expect(state().tickets[address]?.status).toBe('new')

    await put(ticket(d, 'Stuck transaction', 1760000050, '3'))
    await vi.waitFor(() => expect(state().tickets[address]?.status).toBe('failed'))
    // (this relay applies NIP-09 itself and never hands kind 5 out; see marketplace-read.test.ts)
    await vi.waitFor(() => expect(reqsMentioning(`"#a":["${address}"]`)).toBe(1))
    stop()
  }, 30_000)

  it('calls a late watcher back at once when the shared subscription already reached EOSE', async () => {
    const filters = [{ kinds: [32765], authors: [TROUBLESHOOTER] }]
    const stopFirst = await watched(filters)
    const stopSecond = await watched(filters)
    expect(
      reqsMentioning(`"authors":["${TROUBLESHOOTER}"],"kinds":[32765]`) +
        reqsMentioning(`"kinds":[32765],"authors":["${TROUBLESHOOTER}"]`),
    ).toBe(1)
    stopFirst()
    stopSecond()
  }, 30_000)
})
