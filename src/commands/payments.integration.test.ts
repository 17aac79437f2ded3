import 'fake-indexeddb/auto'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { BITCOINER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import { freshSignedInApp } from '@tests/support/signed-in-app'
import { issueDemoInvoice, startDemoWallet, type DemoWallet } from '../../scripts/demo-wallet'
import { startRelay, type LocalRelay } from '../../scripts/relay'

globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

// A real relay and a real NIP-47 wallet service over a fake ledger; the app's wallet transport
// (@getalby/sdk's NWCClient) talks to it as in the browser.
let relay: LocalRelay
let wallet: DemoWallet
const payeeSecret = 'c'.repeat(64)

const load = async () => ({
  wallet: await import('./wallet'),
  payments: await import('./payments'),
  outbox: await import('@/stores/outbox'),
})
let m: Awaited<ReturnType<typeof load>>

/** Short waits: the same code waits 90 s for a person. */
const options = { network: 'bcrt', patienceMs: 1_500, lookupEveryMs: 200 } as const

let nextId = 0
const request = (sats: number) => {
  const { invoice } = issueDemoInvoice({
    amountMsats: sats * 1000,
    description: 'Troubleshooting: Coldcard will not sign',
    payeeSecret,
  })
  return {
    id: `payreq-${++nextId}`,
    invoice,
    amountMsats: sats * 1000,
    payee: TROUBLESHOOTER,
    purpose: 'Coldcard will not sign',
    ticket: `32767:${BITCOINER}:coldcard`,
    subject: 'Coldcard will not sign',
  }
}

describe('paying a payment request through NWC', () => {
  beforeAll(async () => {
    relay = await startRelay()
    vi.stubEnv('VITE_RELAYS', relay.url)
    m = await freshSignedInApp(BITCOINER, load)
  })

  beforeEach(async () => {
    await wallet?.stop()
    wallet = await startDemoWallet({ relayUrl: relay.url, balanceSats: 10_000 })
    await m.wallet.disconnectWallet()
    expect(await m.wallet.connectWallet(wallet.uri)).toEqual({ ok: true })
  })

  afterAll(async () => {
    await wallet?.stop()
    await m.wallet.disconnectWallet()
    await relay.stop()
  })

  it('pays once, proven by the preimage, and a second tap gets the same payment', async () => {
    const pay = request(2_100)
    const [first, second] = await Promise.all([
      m.payments.payOnce(pay, options),
      m.payments.payOnce(pay, options),
    ])
    expect(first).toEqual(second)
    expect(first.ok && first.intent.state).toBe('paid')
    const again = await m.payments.payOnce(pay, options)
    expect(again.ok && again.intent.state).toBe('paid')
    expect(wallet.payments()).toHaveLength(1)
    expect(wallet.balanceMsats()).toBe((10_000 - 2_100) * 1000)
    // the troubleshooter is sent one receipt with the proof, in the request's thread
    const receipts = m.outbox.useOutboxStore
      .getState()
      .items.filter((item) => item.tags?.some(([name, id]) => name === 'payreq' && id === pay.id))
    expect(receipts).toHaveLength(1)
    expect(receipts[0]).toMatchObject({
      recipient: TROUBLESHOOTER,
      ticket: pay.ticket,
      tags: [
        ['payreq', pay.id],
        ['bolt11', pay.invoice],
        ['preimage', first.ok ? first.intent.preimage : ''],
      ],
    })
  })

  it('a wallet error is a plain failure with nothing paid, and a new attempt works after a top-up', async () => {
    const pay = request(20_000)
    const refused = await m.payments.payOnce(pay, options)
    expect(refused.ok && refused.intent).toMatchObject({
      state: 'failed',
      problem: 'Your wallet does not have enough sats for this.',
    })
    expect(wallet.payments()).toHaveLength(0)
    wallet.topUp(15_000)
    const retried = await m.payments.payOnce(pay, options)
    expect(retried.ok && retried.intent.state).toBe('paid')
    expect(wallet.payments()).toHaveLength(1)
  })

  it('an answer after the patience runs out is "checking", then paid by lookup — one payment', async () => {
    wallet.answerPaymentsAfter(Infinity)
    const pay = request(1_000)
    const outcome = await m.payments.payOnce(pay, options)
    expect(outcome.ok && outcome.intent.state).toBe('paid')
    expect(wallet.payments()).toHaveLength(1)
  })

  it('after a reload mid-payment the request is only looked up, never paid again', async () => {
    wallet.answerPaymentsAfter(Infinity)
    const pay = request(500)
    // the first tab asks, then is gone before any answer
    void m.payments.payOnce(pay, { ...options, patienceMs: 60_000 })
    await vi.waitFor(() => expect(wallet.payments()).toHaveLength(1))
    // a fresh app on the same device: new modules, the same IndexedDB and the same wallet string
    m = await freshSignedInApp(BITCOINER, load)
    await m.wallet.restoreWallet()
    const outcome = await m.payments.payOnce(pay, options)
    expect(outcome.ok && outcome.intent.state).toBe('paid')
    expect(wallet.payments()).toHaveLength(1)
  })

  it('refuses, before asking the wallet, an invoice for another amount or network', async () => {
    const pay = request(1_000)
    expect(await m.payments.payOnce({ ...pay, amountMsats: 999_000 }, options)).toEqual({
      ok: false,
      problem: 'This invoice is not for the amount asked for.',
    })
    expect(await m.payments.payOnce(pay, { ...options, network: 'bc' })).toEqual({
      ok: false,
      problem: 'This invoice is for regtest, not bitcoin.',
    })
    expect(wallet.payments()).toHaveLength(0)
  })
})
