import { connectApp } from '@tests/support/connect-app'
import { BITCOINER, SECRET, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import bolt11 from 'bolt11'
import 'fake-indexeddb/auto'
import { getPublicKey } from 'nostr-tools/pure'
import { hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import type { ChatMessage } from '@/nostr/chat'
import { summarizeWork } from '@/nostr/work-log'
import { startDemoWallet, type DemoWallet } from '../../scripts/demo-wallet'
import { startRelay, type LocalRelay } from '../../scripts/relay'

// The troubleshooter's app bills over a real relay: work-log messages and a payment request with an
// invoice made by their own NIP-47 wallet (the demo wallet, a real NWCWalletService), read by the
// Bitcoiner's inbox as the other app would.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

let relay: LocalRelay
let wallet: DemoWallet | undefined

const load = async () => ({
  billing: await import('./billing'),
  wallet: await import('./wallet'),
  session: await import('./message-session'),
  inbox: await import('@/stores/message-inbox'),
  signers: await import('@/ndk/message-local-signer'),
  current: await import('@/ndk/current-signer'),
  useSession: (await import('@/stores/session')).useSession,
  useOutbox: (await import('@/stores/outbox')).useOutboxStore,
  publishOutbox: await import('./publish-outbox'),
})
let app: Awaited<ReturnType<typeof load>>

const TICKET = { kind: 32767, pubkey: BITCOINER, d: 'coldcard-will-not-sign' }
const OFFER = {
  pubkey: TROUBLESHOOTER,
  address: { kind: 32768, pubkey: TROUBLESHOOTER, d: 'offer-1' },
  pricing: { kind: 'per-hour' as const, satsPerHour: 9_000, legacyPerMinute: false },
}
const THREAD = {
  bitcoiner: BITCOINER,
  ticket: TICKET,
  title: 'Coldcard will not sign',
  offer: OFFER,
}
const REGTEST = { bech32: 'bcrt', pubKeyHash: 111, scriptHash: 196, validWitnessVersions: [0, 1] }

/** What the Bitcoiner's app receives, opened with their own key. */
let received: ChatMessage[]
let stopWatching: (() => void)[] = []

const sentOk = (result: { ok: boolean; reason?: string }) => {
  if (!result.ok) throw new Error(result.reason)
}

describe('billing in the ticket thread', () => {
  beforeAll(async () => {
    relay = await startRelay()
    vi.stubEnv('VITE_RELAYS', relay.url)
    vi.resetModules()
    app = await load()
    await connectApp(relay.url)
    app.current.setCurrentSigner(app.signers.localKeySigner(hexToBytes(SECRET.troubleshooter)))
    app.useSession
      .getState()
      .setSession({ status: 'signed-in', pubkey: TROUBLESHOOTER, method: 'nip07' })
    // as the app shell does at sign-in
    await app.publishOutbox.startOutbox(TROUBLESHOOTER)
    stopWatching.push(app.session.startMessaging(TROUBLESHOOTER))
  }, 30_000)

  beforeEach(() => {
    received = []
    stopWatching.push(
      app.inbox.watchInbox(
        BITCOINER,
        { onMessages: (batch) => received.push(...batch) },
        { signer: app.signers.localKeySigner(hexToBytes(SECRET.bitcoiner)) },
      ),
    )
  })

  afterAll(async () => {
    for (const stop of stopWatching) stop()
    stopWatching = []
    await app.wallet.disconnectWallet()
    await wallet?.stop()
    await relay?.stop()
    vi.unstubAllEnvs()
  })

  it('start and stop reach the Bitcoiner as work-log messages, and both sides count the same', async () => {
    sentOk(app.billing.startWork(THREAD))
    expect(app.billing.startWork(THREAD)).toEqual({ ok: false, reason: 'Work is already running.' })
    sentOk(app.billing.stopWork(THREAD))
    expect(app.billing.stopWork(THREAD)).toEqual({
      ok: false,
      reason: 'No work session is running.',
    })
    sentOk(app.billing.startWork(THREAD))

    await vi.waitFor(() => expect(received.filter((m) => m.workLog)).toHaveLength(3), {
      timeout: 10_000,
    })
    const started = received.filter((m) => m.workLog?.action === 'start')
    const stopped = received.filter((m) => m.workLog?.action === 'stop')
    expect(started).toHaveLength(2)
    expect(started[0]).toMatchObject({
      sender: TROUBLESHOOTER,
      text: 'Work started',
      ticket: TICKET,
      subject: 'Coldcard will not sign',
      workLog: { offer: OFFER.address, action: 'start' },
    })
    expect(stopped).toHaveLength(1)
    expect(stopped[0]?.text).toMatch(/^Work stopped — \d+ s$/)
    const at = Math.max(...received.map((m) => m.at)) + 30
    const theirs = summarizeWork(received, OFFER, at)
    expect(theirs.running).toBeDefined()
    expect(theirs.sessions).toHaveLength(2)
    sentOk(app.billing.stopWork(THREAD))
  }, 30_000)

  it('a payment request carries an invoice from the troubleshooter’s own wallet, for the amount and the ticket', async () => {
    wallet = await startDemoWallet({ relayUrl: relay.url, balanceSats: 0 })
    expect(await app.wallet.connectWallet(wallet.uri)).toEqual({ ok: true })
    sentOk(
      await app.billing.requestPayment({
        thread: THREAD,
        msats: 1_800_000,
        minutes: 12,
        attachInvoice: true,
      }),
    )
    await vi.waitFor(() => expect(received.find((m) => m.paymentRequest)).toBeDefined(), {
      timeout: 10_000,
    })
    const message = received.find((m) => m.paymentRequest)
    expect(message).toMatchObject({
      sender: TROUBLESHOOTER,
      paymentRequest: { offer: OFFER.address, msats: 1_800_000, minutes: 12 },
    })
    // other clients read the text: it says the same, invoice included
    expect(message?.text).toBe(
      `Payment request: 1,800 sats for 12 min of work on “Coldcard will not sign”\n\nInvoice: ${message?.paymentRequest?.bolt11}`,
    )
    expect(message?.paymentRequest?.id).toMatch(/^[0-9a-f]{32}$/)
    const invoice = bolt11.decode(message?.paymentRequest?.bolt11 ?? '', REGTEST)
    expect(invoice.millisatoshis).toBe('1800000')
    expect(invoice.payeeNodeKey).toBeDefined()
    expect(invoice.tags.find((t) => t.tagName === 'description')?.data).toBe(
      'Bitcoin Troubleshoot: Coldcard will not sign — 12 min',
    )
  }, 30_000)

  it('without an invoice, a request for part of the price is sent as is', async () => {
    sentOk(
      await app.billing.requestPayment({ thread: THREAD, msats: 500_000, attachInvoice: false }),
    )
    await vi.waitFor(
      () => expect(received.find((m) => m.paymentRequest?.msats === 500_000)).toBeDefined(),
      {
        timeout: 10_000,
      },
    )
    const message = received.find((m) => m.paymentRequest?.msats === 500_000)
    expect(message?.text).toBe('Payment request: 500 sats on “Coldcard will not sign”')
    expect(message?.paymentRequest?.bolt11).toBeUndefined()
    expect(message?.paymentRequest?.minutes).toBeUndefined()
  }, 30_000)

  it('sends nothing when the wallet is missing, may not make invoices, or refuses', async () => {
    const ask = { thread: THREAD, msats: 2_000_000, attachInvoice: true }
    const before = app.useOutbox.getState().items.length
    await app.wallet.disconnectWallet()
    expect(await app.billing.requestPayment(ask)).toEqual({
      ok: false,
      reason: 'Connect your wallet to attach an invoice. Nothing was sent.',
    })

    const receiveOnly = await startRestrictedWallet(['get_info', 'get_balance'])
    expect(await app.wallet.connectWallet(receiveOnly.uri)).toEqual({ ok: true })
    expect(await app.billing.requestPayment(ask)).toEqual({
      ok: false,
      reason:
        'Your wallet connection does not allow making invoices (make_invoice). Nothing was sent.',
    })
    await receiveOnly.stop()

    const refusing = await startRestrictedWallet(['get_info', 'get_balance', 'make_invoice'])
    expect(await app.wallet.connectWallet(refusing.uri)).toEqual({ ok: true })
    expect(await app.billing.requestPayment(ask)).toEqual({
      ok: false,
      reason:
        'Your wallet does not allow this app to do that. Check the connection’s permissions. Nothing was sent.',
    })
    await refusing.stop()
    expect(app.useOutbox.getState().items).toHaveLength(before)
  }, 30_000)

  it('only the offer’s troubleshooter bills', async () => {
    const someoneElse = { ...THREAD, offer: { ...OFFER, pubkey: BITCOINER } }
    expect(app.billing.startWork(someoneElse)).toEqual({
      ok: false,
      reason: 'Only the troubleshooter whose offer was accepted bills on this ticket.',
    })
    const fixed = { ...THREAD, offer: { ...OFFER, pricing: { kind: 'fixed' as const, sats: 1 } } }
    expect(app.billing.startWork(fixed)).toEqual({
      ok: false,
      reason: 'A fixed-price offer has no work log.',
    })
  })
})

let restricted = 0

/**
 * A real NIP-47 wallet service that offers only `methods` and refuses every make_invoice as
 * restricted, as a wallet that lets this connection only pay would.
 */
const startRestrictedWallet = async (methods: string[]) => {
  const { NWCWalletService, NWCWalletServiceKeyPair } = await import('@getalby/sdk/nwc')
  restricted += 1
  const walletSecret = 'd'.repeat(63) + String(restricted)
  const clientSecret = 'e'.repeat(63) + String(restricted)
  const service = new NWCWalletService({ relayUrls: [relay.url] })
  type Method = Parameters<typeof service.publishWalletServiceInfoEvent>[1][number]
  await service.publishWalletServiceInfoEvent(walletSecret, methods as Method[], [])
  const keypair = new NWCWalletServiceKeyPair(walletSecret, getPublicKey(hexToBytes(clientSecret)))
  const unsubscribe = await service.subscribe(keypair, {
    getInfo: async () => ({ result: undefined, error: { code: 'NOT_IMPLEMENTED', message: '' } }),
    makeInvoice: async () => ({
      result: undefined,
      error: { code: 'RESTRICTED', message: 'not for this app' },
    }),
  })
  const walletPubkey = getPublicKey(hexToBytes(walletSecret))
  return {
    uri: `nostr+walletconnect://${walletPubkey}?relay=${encodeURIComponent(relay.url)}&secret=${clientSecret}`,
    stop: async () => {
      unsubscribe()
      // as the demo wallet does: the SDK does not await its last answers' OKs before closing
      await new Promise((settled) => setTimeout(settled, 300))
      service.close()
    },
  }
}
