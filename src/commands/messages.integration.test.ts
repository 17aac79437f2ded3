import { connectApp } from '@tests/support/connect-app'
import 'fake-indexeddb/auto'
import { nip04 } from 'nostr-tools'
import * as nip17 from 'nostr-tools/nip17'
import * as nip59 from 'nostr-tools/nip59'
import { finalizeEvent } from 'nostr-tools/pure'
import { hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import type { ChatMessage } from '@/nostr/chat'
import { startRelay, type LocalRelay } from '../../scripts/relay'

// Two people with local-key signers exchange NIP-17 messages over a real relay, in Node.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

const BITCOINER_KEY = hexToBytes('5e7d2ab3e8d1a36a2c1a2c6f4f1b8f7e0a4d3c2b1a09f8e7d6c5b4a392817161')
const TROUBLESHOOTER_KEY = hexToBytes(
  '8a1f0c9e7d3b5a2f4e6d8c0b1a3f5e7d9c2b4a6f8e0d1c3b5a7f9e2d4c6b8a01',
)
const BITCOINER = '8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f'
const TROUBLESHOOTER = '007b0a9caf5c0254f6de9e6448835dcc0c68ae730f7fcab5ff17a05fa08aa34d'
const TICKET_A = `32767:${BITCOINER}:wallet-wont-sync`
const MNEMONIC =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about'

let relay: LocalRelay

const load = async () => ({
  client: await import('@/ndk/client'),
  messages: await import('@/stores/message-inbox'),
  outbox: await import('./message-outbox'),
  session: await import('./message-session'),
  signOut: (await import('./session')).signOut,
  signers: await import('@/ndk/message-local-signer'),
  current: await import('@/ndk/current-signer'),
  fetch: await import('@/ndk/fetch-events'),
  publish: await import('@/ndk/publish'),
  stores: {
    session: (await import('@/stores/session')).useSession,
    messages: (await import('@/stores/messages')).useMessages,
    outbox: (await import('@/stores/outbox')).useOutboxStore,
    relays: (await import('@/stores/relays')).useRelays,
  },
  storage: (await import('@/storage/device-storage')).deviceStorage(),
})

/** Signs `pubkey` in with a local-key signer, as the app's session would; returns the signer. */
const signInAs = (app: Awaited<ReturnType<typeof load>>, key: Uint8Array, pubkey: string) => {
  const signer = app.signers.localKeySigner(key)
  app.current.setCurrentSigner(signer)
  app.stores.session.getState().setSession({ status: 'signed-in', pubkey, method: 'nip07' })
  return signer
}

/** Collects what an inbox delivers. */
const inbox = () => {
  const got: ChatMessage[] = []
  return { got, onMessages: (batch: ChatMessage[]) => got.push(...batch) }
}

describe('NIP-17 messages over a real relay', () => {
  beforeAll(async () => {
    relay = await startRelay()
    vi.stubEnv('VITE_RELAYS', relay.url)
  }, 30_000)

  afterAll(async () => {
    await relay?.stop()
    vi.unstubAllEnvs()
  })

  it('delivers both ways, threaded by ticket, readable by nostr-tools, live', async () => {
    const app = await load()
    await connectApp(relay.url)
    const bitcoiner = signInAs(app, BITCOINER_KEY, BITCOINER)
    const stopMessaging = app.session.startMessaging(BITCOINER)
    const theirs = inbox()
    const stopTheirs = app.messages.watchInbox(TROUBLESHOOTER, theirs, {
      signer: app.signers.localKeySigner(TROUBLESHOOTER_KEY),
    })

    const queued = app.outbox.sendMessage({
      recipient: TROUBLESHOOTER,
      text: 'My wallet will not sync',
      ticket: TICKET_A,
      subject: 'Sync',
    })
    if (!queued.ok) throw new Error(queued.reason)
    await vi.waitFor(
      () =>
        expect(app.stores.outbox.getState().items.find((i) => i.id === queued.id)).toMatchObject({
          status: 'sent',
          relayCount: 1,
        }),
      { timeout: 10_000 },
    )

    await vi.waitFor(() => expect(theirs.got).toHaveLength(1), { timeout: 5000 })
    expect(theirs.got[0]).toMatchObject({
      id: queued.id,
      sender: BITCOINER,
      recipient: TROUBLESHOOTER,
      text: 'My wallet will not sync',
      ticket: { kind: 32767, pubkey: BITCOINER, d: 'wallet-wont-sync' },
      subject: 'Sync',
    })

    // the wraps on the relay open with nostr-tools, for the recipient and for my other devices
    await vi.waitFor(async () => {
      const wraps = await app.fetch.fetchEvents(
        { kinds: [1059] },
        { relays: [relay.url], timeoutMs: 3000 },
      )
      const forThem = wraps.find((w) => w.tags.some((t) => t[1] === TROUBLESHOOTER))
      const forMe = wraps.find((w) => w.tags.some((t) => t[1] === BITCOINER))
      expect(forThem && nip59.unwrapEvent(forThem, TROUBLESHOOTER_KEY).content).toBe(
        'My wallet will not sync',
      )
      expect(forMe && nip59.unwrapEvent(forMe, BITCOINER_KEY).id).toBe(queued.id)
    })

    // a reply from another client (nostr-tools), live into the Bitcoiner's inbox
    const mine = inbox()
    const stopMine = app.messages.watchInbox(BITCOINER, mine, { signer: bitcoiner })
    await vi.waitFor(() => expect(mine.got.map((m) => m.id)).toEqual([queued.id]))
    const reply = nip17.wrapEvent(TROUBLESHOOTER_KEY, { publicKey: BITCOINER }, 'Which wallet?')
    await app.publish.publishSigned(reply, [relay.url])
    await vi.waitFor(() => expect(mine.got.map((m) => m.text)).toContain('Which wallet?'))
    stopTheirs()
    stopMine()
    stopMessaging()
  }, 30_000)

  it('refuses a recovery phrase before anything is kept or sent', async () => {
    const app = await load()
    await connectApp(relay.url)
    signInAs(app, BITCOINER_KEY, BITCOINER)
    const before = await app.fetch.fetchEvents(
      { kinds: [1059] },
      { relays: [relay.url], timeoutMs: 3000 },
    )
    const result = app.outbox.sendMessage({
      recipient: TROUBLESHOOTER,
      text: `my words: ${MNEMONIC}`,
    })
    expect(result).toMatchObject({ ok: false, verdict: { verdict: 'block' } })
    expect(result.ok ? '' : result.reason).toMatch(/recovery phrase/)
    expect(app.storage.getItem(`bt:outbox:${BITCOINER}`) ?? '').not.toContain('abandon')
    const after = await app.fetch.fetchEvents(
      { kinds: [1059] },
      { relays: [relay.url], timeoutMs: 3000 },
    )
    expect(after).toHaveLength(before.length)
  }, 20_000)

  it('keeps a message sent while the relay is down and delivers it when it is back', async () => {
    const app = await load()
    await connectApp(relay.url)
    signInAs(app, BITCOINER_KEY, BITCOINER)
    const stopMessaging = app.session.startMessaging(BITCOINER)
    const theirs = inbox()
    const stopTheirs = app.messages.watchInbox(TROUBLESHOOTER, theirs, {
      signer: app.signers.localKeySigner(TROUBLESHOOTER_KEY),
    })
    await vi.waitFor(() => expect(app.stores.messages.getState().inbox).toBe('live'), {
      timeout: 10_000,
    })
    const seenBefore = theirs.got.length

    await relay.stop()
    await vi.waitFor(
      () => expect(app.stores.relays.getState().relays[0]?.status).not.toBe('connected'),
      { timeout: 10_000 },
    )
    const queued = app.outbox.sendMessage({
      recipient: TROUBLESHOOTER,
      text: 'Sent while the relay was down',
      ticket: TICKET_A,
    })
    if (!queued.ok) throw new Error(queued.reason)
    // kept on this device before any network call
    expect(app.storage.getItem(`bt:outbox:${BITCOINER}`)).toContain('Sent while the relay was down')
    await vi.waitFor(
      () => {
        const item = app.stores.outbox.getState().items.find((i) => i.id === queued.id)
        expect(item).toMatchObject({ status: 'pending', attempts: 1 })
        expect(item?.reason).toMatch(/will be sent when a relay connects/)
      },
      { timeout: 20_000 },
    )

    await relay.restart()
    await vi.waitFor(
      () =>
        expect(app.stores.outbox.getState().items.find((i) => i.id === queued.id)).toMatchObject({
          status: 'sent',
          relayCount: 1,
        }),
      { timeout: 30_000, interval: 250 },
    )
    expect(app.storage.getItem(`bt:outbox:${BITCOINER}`)).toBeNull()
    // the recipient's live inbox picked it up after the reconnect
    await vi.waitFor(
      () =>
        expect(theirs.got.slice(seenBefore).map((m) => m.text)).toContain(
          'Sent while the relay was down',
        ),
      { timeout: 15_000 },
    )
    const key = `${TROUBLESHOOTER}|${TICKET_A}`
    expect(app.stores.messages.getState().threads[key]?.map((m) => m.text)).toContain(
      'Sent while the relay was down',
    )
    stopTheirs()
    stopMessaging()
  }, 90_000)

  it('opens each wrap once: a reload reads opened messages from this device, sign-out wipes them', async () => {
    const countingSigner = async () => {
      const { localKeySigner } = await import('@/ndk/message-local-signer')
      const { conversationKey: _local, ...signer } = localKeySigner(TROUBLESHOOTER_KEY)
      let decrypts = 0
      return {
        signer: {
          ...signer,
          nip44Decrypt: (peer: string, payload: string) => {
            decrypts++
            return signer.nip44Decrypt(peer, payload)
          },
        },
        decrypts: () => decrypts,
      }
    }
    const open = async () => {
      const app = await load()
      await connectApp(relay.url)
      const counting = await countingSigner()
      const got: ChatMessage[] = []
      await new Promise<void>((resolve) => {
        const stop = app.messages.watchInbox(
          TROUBLESHOOTER,
          {
            onMessages: (batch) => got.push(...batch),
            onLoaded: () => {
              stop()
              resolve()
            },
          },
          { signer: counting.signer },
        )
      })
      return { app, got, decrypts: counting.decrypts() }
    }
    await (await import('@/storage/message-cache')).clearMessageCache() // forget the earlier tests'
    const first = await open()
    expect(first.got.map((m) => m.text)).toContain('My wallet will not sync')
    expect(first.decrypts).toBe(first.got.length * 2)

    await new Promise((resolve) => setTimeout(resolve, 400)) // the cache writes in the background
    vi.resetModules() // a reload: fresh memory, same IndexedDB
    const second = await open()
    // each message once: shown from this device at once, and not again when the relay re-sends
    // the wraps this device already opened
    expect(second.got.map((m) => m.id).sort()).toEqual(first.got.map((m) => m.id).sort())
    expect(second.decrypts).toBe(0)

    second.app.stores.session.getState().setSession({ status: 'signed-in', pubkey: TROUBLESHOOTER })
    second.app.signOut()
    await new Promise((resolve) => setTimeout(resolve, 100))
    vi.resetModules()
    const third = await open()
    expect(third.decrypts).toBe(first.decrypts)
  }, 60_000)

  it('shows a legacy NIP-04 message (as SatShoot sends it) in its ticket thread, marked legacy', async () => {
    const app = await load()
    await connectApp(relay.url)
    const legacy = finalizeEvent(
      {
        kind: 4,
        created_at: Math.floor(Date.now() / 1000),
        tags: [
          ['p', BITCOINER],
          ['a', TICKET_A, '1759999000'],
        ],
        content: nip04.encrypt(TROUBLESHOOTER_KEY, BITCOINER, 'Old-style hello'),
      },
      TROUBLESHOOTER_KEY,
    )
    await app.publish.publishSigned(legacy, [relay.url])
    const mine = inbox()
    const stop = app.messages.watchInbox(BITCOINER, mine, {
      signer: app.signers.localKeySigner(BITCOINER_KEY),
    })
    await vi.waitFor(() =>
      expect(mine.got.find((m) => m.id === legacy.id)).toMatchObject({
        text: 'Old-style hello',
        sender: TROUBLESHOOTER,
        legacy: true,
        ticket: { kind: 32767, pubkey: BITCOINER, d: 'wallet-wont-sync' },
      }),
    )
    stop()
  }, 30_000)
})
