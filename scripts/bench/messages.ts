/**
 * Bench section for private messages (issue 4), run in Node with a local-key signer against a
 * fresh local relay: 1,000 NIP-17 gift wraps from one troubleshooter to one Bitcoiner, opened cold
 * through the app's own inbox code (src/stores/message-inbox.ts: subscribe, verify, unwrap, thread).
 * The raw NIP-44 decrypt rate is measured in the same run, on the same payloads.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { NostrEvent } from 'nostr-tools'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { WebSocket } from 'ws'
import { makeChatRumor, makeSealTemplate, wrapSeal } from '../../src/nostr/chat.ts'
import { openWrap } from '../../src/nostr/chat-open.ts'
import { conversationKey, decryptMessage, encryptMessage } from '../../src/nostr/encryption.ts'
import { relayWith } from './bench-relay.ts'

export type MessageFigures = {
  /** Cold open of a 1,000-message thread: subscribe → EOSE → all unwrapped and threaded (ms). */
  threadOpen1000Ms: number
  /** Gift wraps opened per second in memory (2 NIP-44 decrypts + 1 ECDH + seal check each). */
  unwrapPerSecond: number
  /** NIP-44 decrypts per second with the conversation key already known (both layers' payloads). */
  rawNip44DecryptPerSecond: number
  messagesBenchWhere: string
}

const VERSION = 1

const key = (label: string) => sha256(utf8ToBytes(`bitcoin-troubleshoot bench ${label}`))
const must = <T>(result: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

/** `count` wraps troubleshooter → Bitcoiner in one ticket thread, one minute apart. */
const makeWraps = (count: number, troubleshooterKey: Uint8Array, bitcoiner: string) => {
  const troubleshooter = getPublicKey(troubleshooterKey)
  const sealKey = must(conversationKey(troubleshooterKey, bitcoiner))
  const now = Math.floor(Date.now() / 1000)
  const ticket = `32767:${bitcoiner}:bench-thread`
  const wraps: NostrEvent[] = []
  for (let n = 0; n < count; n++) {
    const at = now - (count - n) * 60
    const text = `Message ${n}: ${'let us check the wallet settings together. '.repeat(1 + (n % 5))}`
    const rumor = makeChatRumor({ sender: troubleshooter, recipient: bitcoiner, text, ticket }, at)
    const sealed = must(encryptMessage(JSON.stringify(rumor), sealKey))
    const seal = finalizeEvent(makeSealTemplate(sealed, at), troubleshooterKey)
    wraps.push(must(wrapSeal(seal, bitcoiner, key(`wrap ${n}`), now, (n % 97) / 97)))
  }
  return wraps
}

/** Making wraps is slow (two signatures and an ECDH each), so they are kept in `.bench/`. */
const cachedWraps = async (
  root: string,
  count: number,
  troubleshooterKey: Uint8Array,
  bitcoiner: string,
) => {
  const file = `${root}/.bench/messages-v${VERSION}.json`
  if (existsSync(file)) {
    const cached = JSON.parse(await readFile(file, 'utf8')) as NostrEvent[]
    if (cached.length >= count) return cached.slice(0, count)
  }
  const wraps = makeWraps(count, troubleshooterKey, bitcoiner)
  await mkdir(`${root}/.bench`, { recursive: true })
  await writeFile(file, JSON.stringify(wraps))
  return wraps
}

/** In Node, src/ndk needs a WebSocket and a device storage naming the bench relay. */
const nodeGlobals = (relayUrl: string) => {
  globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket
  const items = new Map<string, string>([['bt:relays', JSON.stringify([relayUrl])]])
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      get length() {
        return items.size
      },
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, String(v)),
      removeItem: (k: string) => void items.delete(k),
      key: (i: number) => [...items.keys()][i] ?? null,
    },
  })
}

/** Resolves once `up()` is true; throws after `timeoutMs`. */
const untilConnected = async (up: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs
  while (!up()) {
    if (Date.now() > deadline) throw new Error('the bench relay did not connect')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000)

export async function messagesBench(root: string, count = 1000): Promise<MessageFigures> {
  const bitcoinerKey = key('bitcoiner')
  const bitcoiner = getPublicKey(bitcoinerKey)
  const wraps = await cachedWraps(root, count, key('troubleshooter'), bitcoiner)
  const relay = await relayWith(wraps)
  nodeGlobals(relay.url)
  const { anyRelayUp, getNdk } = await import('../../src/ndk/client.ts')
  const { connectRelays } = await import('../../src/stores/relay-connection.ts')
  const { watchInbox } = await import('../../src/stores/message-inbox.ts')
  const { localKeySigner } = await import('../../src/ndk/message-local-signer.ts')
  const { chatDecrypt } = await import('../../src/ndk/message-wrap.ts')
  const { useMessages } = await import('../../src/stores/messages.ts')
  try {
    // as the app starts: the relays store (bt:relays above) drives the pool
    connectRelays()
    await untilConnected(() => anyRelayUp([relay.url]))
    useMessages.getState().reset(bitcoiner)
    const started = performance.now()
    await new Promise<void>((resolve, reject) => {
      const stop = watchInbox(
        bitcoiner,
        {
          onMessages: (batch) => useMessages.getState().addMessages(batch),
          onSkipped: (reason) => reject(new Error(`a bench wrap was skipped: ${reason}`)),
          onLoaded: () => {
            stop()
            resolve()
          },
        },
        { signer: localKeySigner(bitcoinerKey), relays: [relay.url] },
      )
    })
    const threadOpen1000Ms = Math.round(performance.now() - started)
    const opened = Object.values(useMessages.getState().threads).flat().length
    if (opened !== count) throw new Error(`the bench thread opened ${opened} of ${count} messages`)

    const decrypt = chatDecrypt(localKeySigner(bitcoinerKey))
    const unwrapStart = performance.now()
    for (const wrap of wraps) must(await openWrap(wrap, decrypt))
    const unwrapPerSecond = perSecond(count, performance.now() - unwrapStart)

    // the same two payloads per message, with their conversation keys worked out beforehand
    const payloads: { payload: string; key: Uint8Array }[] = []
    const sealKey = must(conversationKey(bitcoinerKey, getPublicKey(key('troubleshooter'))))
    for (const wrap of wraps) {
      const wrapKey = must(conversationKey(bitcoinerKey, wrap.pubkey))
      const seal = JSON.parse(must(decryptMessage(wrap.content, wrapKey))) as NostrEvent
      payloads.push(
        { payload: wrap.content, key: wrapKey },
        { payload: seal.content, key: sealKey },
      )
    }
    const rawStart = performance.now()
    for (const { payload, key: k } of payloads) must(decryptMessage(payload, k))
    const rawNip44DecryptPerSecond = perSecond(payloads.length, performance.now() - rawStart)

    return {
      threadOpen1000Ms,
      unwrapPerSecond,
      rawNip44DecryptPerSecond,
      messagesBenchWhere: 'node, local-key signer, fresh local relay, no cache',
    }
  } finally {
    for (const r of getNdk().pool.relays.values()) r.disconnect()
    await relay.stop()
  }
}

/**
 * Runs the section in its own Node process (it sets Node globals for src/ndk and leaves NDK's
 * timers running), returning its figures.
 */
export async function messagesFigures(root: string): Promise<MessageFigures> {
  const { execFile } = await import('node:child_process')
  const script = fileURLToPath(import.meta.url)
  const stdout = await new Promise<string>((done, fail) =>
    execFile(
      `${root}/node_modules/.bin/tsx`,
      [script],
      { cwd: root, maxBuffer: 1 << 24 },
      (error, out) => (error ? fail(error) : done(out)),
    ),
  )
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as MessageFigures
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  console.log(JSON.stringify(await messagesBench(root), null, 2))
  process.exit(0)
}
