import 'fake-indexeddb/auto'
import type { AddressInfo } from 'node:net'
import { nip44 } from 'nostr-tools'
import type { NostrEvent } from 'nostr-tools'
import { finalizeEvent, generateSecretKey, getPublicKey } from 'nostr-tools/pure'
import { bytesToHex, hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { BITCOINER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import { freshSignedInApp } from '@tests/support/signed-in-app'
import { issueDemoInvoice } from '../../scripts/demo-wallet'

globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

// A hostile relay between the app and a wallet that never answers: it hands the app, for its
// pay_invoice, a reply that says "insufficient balance" — encrypted as the wallet would, but signed
// by another key. Believing it would let the person pay again while the first payment may be on
// its way; the app must ignore it and keep asking the wallet.

const walletSecret = generateSecretKey()
const walletPubkey = getPublicKey(walletSecret)
const clientSecret = generateSecretKey()
const clientPubkey = getPublicKey(clientSecret)
const stranger = generateSecretKey()

type Filter = { kinds?: number[]; '#e'?: string[] }

const hostileRelay = async () => {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  const info = finalizeEvent(
    {
      kind: 13194,
      created_at: Math.floor(Date.now() / 1000),
      tags: [['encryption', 'nip44_v2']],
      content: 'pay_invoice lookup_invoice get_balance',
    },
    walletSecret,
  )
  const forgedReplies: NostrEvent[] = []
  /** Every NIP-47 request the app sent: the payment, then its lookups. */
  const requests: NostrEvent[] = []
  server.on('connection', (socket) => {
    const replySubs = new Map<string, string>() // request id → subscription id
    const forge = (requestId: string) => {
      const subId = replySubs.get(requestId)
      if (!subId) return
      const key = nip44.getConversationKey(clientSecret, walletPubkey)
      const content = nip44.encrypt(
        JSON.stringify({
          result_type: 'pay_invoice',
          error: { code: 'INSUFFICIENT_BALANCE', message: 'forged' },
        }),
        key,
      )
      const forged = finalizeEvent(
        {
          kind: 23195,
          created_at: Math.floor(Date.now() / 1000),
          tags: [
            ['p', clientPubkey],
            ['e', requestId],
          ],
          content,
        },
        stranger,
      )
      forgedReplies.push(forged)
      socket.send(JSON.stringify(['EVENT', subId, forged]))
    }
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as unknown[]
      if (message[0] === 'REQ') {
        const subId = message[1] as string
        const filter = message[2] as Filter
        if (filter.kinds?.includes(13194)) socket.send(JSON.stringify(['EVENT', subId, info]))
        for (const requestId of filter['#e'] ?? []) replySubs.set(requestId, subId)
        socket.send(JSON.stringify(['EOSE', subId]))
      }
      if (message[0] === 'EVENT') {
        const event = message[1] as NostrEvent
        socket.send(JSON.stringify(['OK', event.id, true, '']))
        // the app subscribes for the reply just before it publishes the request
        if (event.kind === 23194) {
          requests.push(event)
          setTimeout(() => forge(event.id), 100)
        }
      }
    })
  })
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, forgedReplies, requests, stop: () => new Promise((done) => server.close(done)) }
}

let relay: Awaited<ReturnType<typeof hostileRelay>>
const load = async () => ({
  wallet: await import('./wallet'),
  payments: await import('./payments'),
  shown: await import('@/stores/payments'),
})
let m: Awaited<ReturnType<typeof load>>

describe('a wallet reply signed by another key', () => {
  beforeAll(async () => {
    relay = await hostileRelay()
    vi.stubEnv('VITE_RELAYS', relay.url)
    m = await freshSignedInApp(BITCOINER, load)
    const uri = `nostr+walletconnect://${walletPubkey}?relay=${encodeURIComponent(relay.url)}&secret=${bytesToHex(clientSecret)}`
    expect(await m.wallet.connectWallet(uri)).toEqual({ ok: true })
  })

  afterAll(async () => {
    await m.wallet.disconnectWallet()
    await relay.stop()
  })

  it('is ignored: the payment stays "checking", never "failed"', async () => {
    const { invoice } = issueDemoInvoice({
      amountMsats: 1_000_000,
      description: 'forged reply test',
      payeeSecret: bytesToHex(hexToBytes('e'.repeat(64))),
    })
    void m.payments.payOnce(
      { id: 'payreq-forged', invoice, amountMsats: 1_000_000, payee: TROUBLESHOOTER, purpose: 'x' },
      { network: 'bcrt', patienceMs: 800, lookupEveryMs: 200 },
    )
    await vi.waitFor(() => expect(relay.forgedReplies.length).toBeGreaterThan(0))
    await vi.waitFor(() =>
      expect(m.shown.usePayments.getState().intents['payreq-forged']?.state).toBe('checking'),
    )
    // two lookups later, each answered by a forgery too, it is still unknown, never a failure
    await vi.waitFor(() => expect(relay.requests.length).toBeGreaterThanOrEqual(3))
    await vi.waitFor(() => expect(relay.forgedReplies.length).toBeGreaterThanOrEqual(3))
    expect(m.shown.usePayments.getState().intents['payreq-forged']?.state).toBe('checking')
  })
})
