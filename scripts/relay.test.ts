import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finalizeEvent, getPublicKey } from 'nostr-tools'
import type { Filter, NostrEvent } from 'nostr-tools'
import { hexToBytes } from 'nostr-tools/utils'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { startRelay } from './relay'
import type { LocalRelay } from './relay'

const secretKey = hexToBytes('7f7ff03d123792d6ac594bfa67bf6d0c0ab55b6b1fdb6249303fe861f1ccba9a')
const pubkey = getPublicKey(secretKey)

/** One raw NIP-01 conversation over a real websocket: every message the relay sends back. */
const talk = (url: string, send: unknown[], until: (message: unknown[]) => boolean) =>
  new Promise<unknown[][]>((resolve, reject) => {
    const socket = new WebSocket(url)
    const received: unknown[][] = []
    const timer = setTimeout(
      () => reject(new Error(`no answer: ${JSON.stringify(received)}`)),
      5000,
    )
    socket.on('open', () => socket.send(JSON.stringify(send)))
    socket.on('error', reject)
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as unknown[]
      received.push(message)
      if (until(message)) {
        clearTimeout(timer)
        socket.close()
        resolve(received)
      }
    })
  })

const publish = async (url: string, event: NostrEvent) => {
  const [ok] = await talk(url, ['EVENT', event], (m) => m[0] === 'OK')
  return ok
}

const query = async (url: string, filter: Filter) => {
  const messages = await talk(url, ['REQ', 'q', filter], (m) => m[0] === 'EOSE')
  return messages.filter((m) => m[0] === 'EVENT').map((m) => m[2] as NostrEvent)
}

/** Signed events as plain JSON, the way they travel (nostr-tools marks its own as verified). */
const sign = (template: Parameters<typeof finalizeEvent>[0]) =>
  JSON.parse(JSON.stringify(finalizeEvent(template, secretKey))) as NostrEvent

const note = (content: string, created_at = 1_700_000_000) =>
  sign({ kind: 1, created_at, tags: [['t', 'psbt']], content })

let relay: LocalRelay | undefined
let dir: string | undefined
afterEach(async () => {
  await relay?.stop()
  relay = undefined
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

describe('startRelay', () => {
  it('accepts an event and serves it back to a #t query', async () => {
    relay = await startRelay()
    const event = note('Coldcard refuses the PSBT from Sparrow')
    expect(await publish(relay.url, event)).toEqual(['OK', event.id, true, ''])
    const found = await query(relay.url, { authors: [pubkey], '#t': ['psbt'] })
    expect(found).toEqual([event])
  })

  it('refuses an event whose signature is wrong', async () => {
    relay = await startRelay()
    const forged = { ...note('forged'), sig: '0'.repeat(128) }
    const [, id, accepted] = (await publish(relay.url, forged)) ?? []
    expect([id, accepted]).toEqual([forged.id, false])
    expect(await query(relay.url, { ids: [forged.id] })).toEqual([])
  })

  it('keeps only the newest version of an addressable event and applies NIP-09 deletions', async () => {
    relay = await startRelay()
    const version = (title: string, at: number) =>
      sign({
        kind: 32767,
        created_at: at,
        tags: [
          ['d', 'abc'],
          ['title', title],
        ],
        content: '',
      })
    await publish(relay.url, version('old', 1_700_000_000))
    const newer = version('new', 1_700_000_100)
    await publish(relay.url, newer)
    expect(await query(relay.url, { kinds: [32767], authors: [pubkey] })).toEqual([newer])

    const deletion = sign({
      kind: 5,
      created_at: 1_700_000_200,
      tags: [['a', `32767:${pubkey}:abc`]],
      content: '',
    })
    await publish(relay.url, deletion)
    expect(await query(relay.url, { kinds: [32767], authors: [pubkey] })).toEqual([])
    // Like public relays, it keeps the deletion so other clients can hide what they cached.
    expect(await query(relay.url, { kinds: [5], '#a': [`32767:${pubkey}:abc`] })).toEqual([
      deletion,
    ])
  })

  it('forwards a deletion to a live subscription', async () => {
    relay = await startRelay()
    const url = relay.url
    const deletion = sign({
      kind: 5,
      created_at: 1_700_000_300,
      tags: [['e', 'f'.repeat(64)]],
      content: '',
    })
    const live = talk(url, ['REQ', 'live', { kinds: [5] }], (m) => m[0] === 'EVENT')
    await new Promise((resolve) => setTimeout(resolve, 200))
    await publish(url, deletion)
    const received = await live
    expect(received.filter((m) => m[0] === 'EVENT').map((m) => m[2])).toEqual([deletion])
  })

  it('keeps stored events across a stop and restart on the same port with a db file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bt-relay-'))
    relay = await startRelay({ dbPath: join(dir, 'relay.sqlite') })
    const { port, url } = relay
    const event = note('Umbrel stuck at 99 %')
    await publish(url, event)
    await relay.stop()
    await expect(query(url, { ids: [event.id] })).rejects.toThrow()

    await relay.restart()
    expect(relay.port).toBe(port)
    expect(await query(relay.url, { ids: [event.id] })).toEqual([event])

    // A second relay process over the same file sees the same events.
    await relay.stop()
    relay = await startRelay({ port, dbPath: join(dir, 'relay.sqlite') })
    expect(await query(relay.url, { ids: [event.id] })).toEqual([event])
  })

  it('answers NIP-11 with its name and supported NIPs', async () => {
    relay = await startRelay({ name: 'test relay' })
    const response = await fetch(relay.url.replace('ws://', 'http://'), {
      headers: { accept: 'application/nostr+json' },
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const info = (await response.json()) as { name: string; supported_nips: number[] }
    expect(info.name).toBe('test relay')
    expect(info.supported_nips).toEqual(expect.arrayContaining([1, 9, 11]))
  })
})
