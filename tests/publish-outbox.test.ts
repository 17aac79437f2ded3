import 'fake-indexeddb/auto'
import type { NostrEvent } from 'nostr-tools'
import { Relay } from 'nostr-tools/relay'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { anyRelayUp, getNdk, relayIsDown, setPoolRelays } from '@/ndk/client'
import { BITCOINER, TROUBLESHOOTER, signed } from '@tests/support/nostr-fixtures'
import { enqueue } from '@/commands/publish-outbox'
import { readJobs } from '@/storage/outbox-db'
import { jobStatus, usePublishOutbox } from '@/stores/publish-outbox'
import { startRelay, type LocalRelay } from '../scripts/relay'

// The outbox every signed event goes through (commands/publish-outbox.ts, stores/publish-outbox.ts,
// storage/outbox-db.ts), against a real relay that stops and restarts, with IndexedDB in memory.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

let relay: LocalRelay
const sent: string[] = []

const nowSeconds = () => Math.floor(Date.now() / 1000)

const note = (text: string, tags: string[][] = []) =>
  signed('bitcoiner', 1, [['t', 'bt-outbox-test'], ...tags], text, nowSeconds())

/** What the relay holds with this id, asked through another client (nostr-tools). */
const onRelay = async (id: string): Promise<NostrEvent[]> => {
  const peer = await Relay.connect(relay.url)
  try {
    return await new Promise((resolve) => {
      const found: NostrEvent[] = []
      const sub = peer.subscribe([{ ids: [id] }], {
        onevent: (event) => void found.push(event),
        oneose: () => {
          sub.close()
          resolve(found)
        },
      })
    })
  } finally {
    peer.close()
  }
}

const job = (id: string) => usePublishOutbox.getState().jobs[id]
/** How many times the relay was sent the event (the log keeps each message's start: its content). */
const eventsSent = (event: NostrEvent) =>
  sent.filter((line) => line.startsWith('["EVENT"') && line.includes(event.content)).length

describe('publish outbox with a real relay', () => {
  beforeAll(async () => {
    relay = await startRelay({ log: (line) => sent.push(line) })
    setPoolRelays([relay.url])
    await vi.waitFor(() => expect(anyRelayUp([relay.url])).toBe(true), { timeout: 10_000 })
  }, 30_000)

  afterAll(async () => {
    for (const r of getNdk().pool.relays.values()) r.disconnect()
    await relay?.stop()
  })

  it('keeps an event queued while the relay is down, on this device, and delivers it once the relay is back', async () => {
    await relay.stop()
    await vi.waitFor(() => expect(relayIsDown(relay.url)).toBe(true), { timeout: 10_000 })

    const event = note('queued while the relay was down')
    const queued = await enqueue(event, 'A note', [relay.url])
    expect(queued.id).toBe(event.id)
    // saved on this device before the first try
    expect((await readJobs(BITCOINER)).map((j) => j.id)).toEqual([event.id])

    // a relay known to be down is not tried: the job waits for its reconnect
    const waiting = job(event.id)
    expect(waiting && jobStatus(waiting)).toMatchObject({ kind: 'waiting', total: 1 })
    expect(waiting?.relays[relay.url]).toMatchObject({ state: 'waiting', attempts: 0 })

    // while the relay stays down the outbox waits for it without spinning (a timer or two, not
    // one every millisecond)
    const timers = vi.spyOn(globalThis, 'setTimeout')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const setInASecond = timers.mock.calls.length
    timers.mockRestore()
    expect(job(event.id)?.relays[relay.url]).toMatchObject({ state: 'waiting' })
    // a reload would find it: kept on this device with its progress
    const kept = await readJobs(BITCOINER)
    expect(kept.map((j) => [j.id, j.relays[relay.url]?.state])).toEqual([[event.id, 'waiting']])
    // the relay never saw it
    expect(eventsSent(event)).toBe(0)

    await relay.restart()
    await vi.waitFor(() => expect(job(event.id)).toBeUndefined(), { timeout: 30_000 })
    expect((await onRelay(event.id)).map((e) => e.id)).toEqual([event.id])
    expect(eventsSent(event)).toBe(1)
    await vi.waitFor(async () => expect(await readJobs(BITCOINER)).toEqual([]))
    // checked last, so that the delivery above is proven either way
    expect(setInASecond).toBeLessThan(50)
  }, 90_000)

  it('marks a relay that answers invalid: as refused for good', async () => {
    await vi.waitFor(() => expect(anyRelayUp([relay.url])).toBe(true), { timeout: 10_000 })
    // a NIP-26 delegation tag that does not verify: this relay answers OK false "invalid: …"
    const event = note('with a broken delegation', [['delegation', BITCOINER]])
    await enqueue(event, 'A note', [relay.url])
    await vi.waitFor(() => expect(job(event.id)?.relays[relay.url]?.state).toBe('refused'), {
      timeout: 15_000,
    })
    const refused = job(event.id)
    expect(refused?.relays[relay.url]?.reason).toMatch(/^invalid: /)
    expect(refused && jobStatus(refused)).toEqual({
      kind: 'refused',
      reasons: [{ relay: relay.url, reason: refused?.relays[relay.url]?.reason }],
    })
    // kept (for retry or discard), and never tried again by itself: longer than the first backoff
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(job(event.id)?.relays[relay.url]).toMatchObject({ state: 'refused', attempts: 1 })
    expect(eventsSent(event)).toBe(1)
    const kept = await readJobs(BITCOINER)
    expect(kept.find((j) => j.id === event.id)?.relays[relay.url]?.state).toBe('refused')
    expect(await onRelay(event.id)).toEqual([])
  }, 60_000)

  it('keeps every event queued while the outbox is still loading (a second load drops none)', async () => {
    await vi.waitFor(() => expect(anyRelayUp([relay.url])).toBe(true), { timeout: 10_000 })
    // the troubleshooter's outbox was never loaded: all three arrive while it loads
    const events = ['first', 'second', 'third'].map((word) => note(`queued while loading: ${word}`))
    await Promise.all(events.map((event) => enqueue(event, 'A note', [relay.url], TROUBLESHOOTER)))
    const { jobs, published } = usePublishOutbox.getState()
    expect(events.filter((event) => !jobs[event.id] && !published[event.id])).toEqual([])
    for (const event of events)
      await vi.waitFor(async () => expect(await onRelay(event.id)).toHaveLength(1), {
        timeout: 10_000,
      })
  }, 30_000)
})
