import { NDKRelaySet } from '@nostr-dev-kit/ndk'
import type { Filter, NostrEvent } from 'nostr-tools'
import { Relay } from 'nostr-tools/relay'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { BITCOINER, RIVAL, STRANGER, signed } from '@tests/support/nostr-fixtures'
import { startRelay, type LocalRelay } from '../../scripts/relay'
import { anyRelayUp, getNdk, relayIsDown, setPoolRelays } from './client'
import { publishSigned } from './publish'
import { subscribe } from './subscribe'
import type { RelayState } from './subscription-state'

// src/ndk's subscriptions against real relays that stop and restart: renewal, per-relay pages,
// and no optimistic delivery of what no relay stored.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

let first: LocalRelay
let second: LocalRelay
const sentToFirst: string[] = []

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** Stores events on a relay through another client (nostr-tools), as someone else would. */
const put = async (relay: LocalRelay, ...events: NostrEvent[]) => {
  const peer = await Relay.connect(relay.url)
  try {
    for (const event of events) await peer.publish(event)
  } finally {
    peer.close()
  }
}

type Heard = { event: NostrEvent; relay: string }

/** A live subscription that records what it hears, its relay states, and when it reached EOSE. */
const listen = (filters: Filter | Filter[], relays: string[], closeOnEose = false) => {
  const heard: Heard[] = []
  const states: Record<string, RelayState>[] = []
  let eosed = false
  const stop = subscribe(
    filters,
    {
      onEvent: (event, relay) => heard.push({ event, relay }),
      onEose: () => (eosed = true),
      onState: (next) => states.push({ ...next }),
    },
    { relays, closeOnEose, eoseTimeoutMs: 5000 },
  )
  return {
    heard,
    ids: () => heard.map((h) => h.event.id),
    stateOf: (url: string) => states.at(-1)?.[url],
    everState: (url: string, state: RelayState) => states.some((s) => s[url] === state),
    untilEose: () => vi.waitFor(() => expect(eosed).toBe(true), { timeout: 10_000 }),
    stop,
  }
}

const note = (who: 'bitcoiner' | 'rival' | 'stranger', text: string, createdAt: number) =>
  signed(who, 1, [['t', 'bt-subscribe-test']], text, createdAt)

describe('subscribe with real relays', () => {
  beforeAll(async () => {
    first = await startRelay({ log: (line) => sentToFirst.push(line) })
    second = await startRelay()
    // what the relays store does on start: the pool holds the app's relays and keeps them connected
    setPoolRelays([first.url, second.url])
    await vi.waitFor(
      () => {
        expect(anyRelayUp([first.url])).toBe(true)
        expect(anyRelayUp([second.url])).toBe(true)
      },
      { timeout: 10_000 },
    )
  }, 30_000)

  afterAll(async () => {
    for (const relay of getNdk().pool.relays.values()) relay.disconnect()
    await first?.stop()
    await second?.stop()
  })

  it('renews a live subscription after its relay stopped and restarted', async () => {
    const filter = { kinds: [1], authors: [BITCOINER], '#t': ['bt-subscribe-test'] }
    const before = note('bitcoiner', 'before the restart', nowSeconds())
    await put(first, before)
    const live = listen(filter, [first.url])
    await live.untilEose()
    expect(live.ids()).toEqual([before.id])
    expect(live.stateOf(first.url)).toBe('live')

    await first.stop()
    await vi.waitFor(() => expect(live.stateOf(first.url)).toBe('reconnecting'), {
      timeout: 10_000,
    })
    const reqsBefore = sentToFirst.filter((line) => line.startsWith('["REQ"')).length
    await first.restart()
    // NDK re-sends only subscriptions still waiting for EOSE: this one is renewed by src/ndk
    await vi.waitFor(() => expect(live.stateOf(first.url)).toBe('live'), { timeout: 20_000 })
    const renewal = sentToFirst.filter((line) => line.startsWith('["REQ"')).slice(reqsBefore)
    expect(renewal).toHaveLength(1)
    // from the newest event seen (minus a margin), not the whole history again
    const [, , renewed] = JSON.parse(renewal[0] ?? '[]') as [string, string, Filter]
    expect(renewed.since).toBeGreaterThan(0)
    expect(renewed.since).toBeLessThanOrEqual(before.created_at)

    const after = note('bitcoiner', 'after the restart', nowSeconds())
    await put(first, after)
    await vi.waitFor(() => expect(live.ids()).toEqual([before.id, after.id]), { timeout: 10_000 })
    expect(live.heard.map((h) => h.relay)).toEqual([first.url, first.url])
    live.stop()
  }, 60_000)

  it("gives each relay's page only that relay's events", async () => {
    // the first relay holds 5 newer events, the second 5 older: same filter, a page of 3 each
    const base = nowSeconds() - 1000
    const newer = Array.from({ length: 5 }, (_, i) => note('rival', `newer ${i}`, base + 100 + i))
    const older = Array.from({ length: 5 }, (_, i) => note('rival', `older ${i}`, base + i))
    await put(first, ...newer)
    await put(second, ...older)
    const filter = { kinds: [1], authors: [RIVAL], '#t': ['bt-subscribe-test'], limit: 3 }
    const newestOf = (events: NostrEvent[]) =>
      [...events]
        .sort((a, b) => b.created_at - a.created_at)
        .slice(0, 3)
        .map((e) => e.id)
        .sort()

    // both pages open at once, so each relay's answer reaches NDK while the other page listens
    const onFirst = listen(filter, [first.url], true)
    const onSecond = listen(filter, [second.url], true)
    const onBoth = listen(filter, [first.url, second.url], true)
    // a plain NDK page on the second relay shows what NDK does: it is handed the first relay's too
    const plainSecond: string[] = []
    const plain = getNdk().subscribe(
      filter,
      { closeOnEose: true, relaySet: NDKRelaySet.fromRelayUrls([second.url], getNdk()) },
      { onEvent: (event) => void plainSecond.push(event.id) },
    )
    await Promise.all([onFirst.untilEose(), onSecond.untilEose(), onBoth.untilEose()])
    await vi.waitFor(() => expect(plainSecond.length).toBeGreaterThanOrEqual(3))
    plain.stop()
    expect(plainSecond.some((id) => newer.some((e) => e.id === id))).toBe(true)

    expect(onFirst.ids().sort()).toEqual(newestOf(newer))
    expect(onSecond.ids().sort()).toEqual(newestOf(older))
    // the older relay's `until` for its next page is its own oldest, not the newer relay's
    expect(Math.min(...onSecond.heard.map((h) => h.event.created_at))).toBe(base + 2)
    // one subscription on both relays: every event said to come from the relay that holds it
    expect(onBoth.heard).toHaveLength(6)
    for (const { event, relay } of onBoth.heard) {
      expect(relay).toBe(newer.some((e) => e.id === event.id) ? first.url : second.url)
    }
  }, 30_000)

  it('never hands a subscription an event that NDK delivers optimistically while no relay is up', async () => {
    const filter = { kinds: [1], authors: [STRANGER], '#t': ['bt-subscribe-test'] }
    const live = listen(filter, [second.url])
    await live.untilEose()
    // a plain NDK subscription shows what NDK does: it hears the event before any relay took it
    const optimistic: string[] = []
    const control = getNdk().subscribe(
      filter,
      { closeOnEose: false },
      {
        onEvent: (event) => void optimistic.push(event.id),
      },
    )

    await second.stop()
    await vi.waitFor(() => expect(relayIsDown(second.url)).toBe(true), { timeout: 10_000 })
    const unsent = note('stranger', 'no relay took this', nowSeconds())
    const outcome = await publishSigned(unsent, [second.url], 1500)
    expect(outcome.accepted).toEqual([])
    expect(optimistic).toContain(unsent.id)
    expect(live.ids()).toEqual([])

    // the subscription itself still works: once the relay is back it hears what the relay stores
    await second.restart()
    await vi.waitFor(() => expect(live.stateOf(second.url)).toBe('live'), { timeout: 20_000 })
    const stored = note('stranger', 'a relay took this', nowSeconds())
    await put(second, stored)
    await vi.waitFor(() => expect(live.ids()).toEqual([stored.id]), { timeout: 10_000 })
    control.stop()
    live.stop()
  }, 60_000)
})
