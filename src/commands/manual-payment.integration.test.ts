import 'fake-indexeddb/auto'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { BITCOINER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import { freshSignedInApp } from '@tests/support/signed-in-app'
import { openWallet } from '@/wallet/nwc'
import type { WalletConnection } from '@/wallet/nwc'
import { issueDemoInvoice, startDemoWallet, type DemoWallet } from '../../scripts/demo-wallet'
import { startRelay, type LocalRelay } from '../../scripts/relay'

globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

// Paying without a connected wallet. "Another wallet" is the demo wallet (NIP-47 over a fake
// ledger) driven from here, as the person's phone wallet would be: the ledger says how often money
// moved, and its preimages are the proofs the person pastes. A browser wallet (WebLN) is a
// window.webln that pays through that same ledger.
let relay: LocalRelay
let wallet: DemoWallet
let outside: WalletConnection
const payeeSecret = 'c'.repeat(64)
const network = { network: 'bcrt' } as const

const load = async () => ({
  manual: await import('./manual-payment'),
  payments: await import('./payments'),
  wallet: await import('./wallet'),
  outbox: await import('@/stores/outbox'),
  shown: await import('@/stores/payments'),
})
let m: Awaited<ReturnType<typeof load>>

let nextId = 0
const invoiceOf = (sats: number) =>
  issueDemoInvoice({ amountMsats: sats * 1000, description: 'Ledger Nano: lost path', payeeSecret })
const request = (
  sats: number,
  invoice: string | (() => Promise<string>) = invoiceOf(sats).invoice,
) => ({
  id: `payreq-outside-${++nextId}`,
  invoice,
  amountMsats: sats * 1000,
  payee: TROUBLESHOOTER,
  purpose: 'Ledger Nano: lost path',
  ticket: `32767:${BITCOINER}:ledger`,
  subject: 'Ledger Nano: lost path',
})

const receiptsFor = (id: string) =>
  m.outbox.useOutboxStore
    .getState()
    .items.filter((item) => item.tags?.some(([name, value]) => name === 'payreq' && value === id))

type Webln = {
  enable: () => Promise<unknown>
  sendPayment: (invoice: string) => Promise<{ preimage: string }>
}
const setWebln = (provider: Webln | undefined) => {
  ;(globalThis as { webln?: Webln }).webln = provider
}
/** A browser wallet paying through the demo ledger; `afterPaying` may lose its answer. */
const webln = (
  afterPaying: (preimage: string) => { preimage: string } = (preimage) => ({ preimage }),
) => ({
  enable: async () => undefined,
  sendPayment: async (invoice: string) => afterPaying((await outside.payInvoice(invoice)).preimage),
})

describe('paying without a connected wallet', () => {
  beforeAll(async () => {
    relay = await startRelay()
    // loopback wallet relays are allowed when the app itself runs on one
    vi.stubEnv('VITE_RELAYS', relay.url)
    m = await freshSignedInApp(BITCOINER, load)
  })

  beforeEach(async () => {
    wallet = await startDemoWallet({ relayUrl: relay.url, balanceSats: 10_000 })
    outside = await openWallet(wallet.uri, { allowNip04: false })
  })

  afterEach(async () => {
    setWebln(undefined)
    outside.close()
    await wallet.stop()
  })

  afterAll(async () => {
    await relay.stop()
  })

  it('the attached invoice is shown once checked; "I paid" takes only its proof, then sends a receipt', async () => {
    const pay = request(2_100)
    const shown = await m.manual.invoiceForAnyWallet(pay, network)
    expect(shown).toMatchObject({ ok: true, value: { invoice: pay.invoice } })
    // viewing it records nothing: only a proof does
    expect(m.shown.usePayments.getState().intents[pay.id]).toBeUndefined()

    const { preimage } = await outside.payInvoice(pay.invoice as string)
    const other = await outside.payInvoice(invoiceOf(10).invoice)
    expect(await m.manual.recordManualPayment(pay, pay.invoice as string, other.preimage)).toEqual({
      ok: false,
      problem:
        'This preimage is not the proof of this invoice: it belongs to another payment, or a character is missing. Nothing was recorded.',
    })
    expect(await m.manual.recordManualPayment(pay, pay.invoice as string, 'paid!')).toMatchObject({
      ok: false,
    })
    expect(m.shown.usePayments.getState().intents[pay.id]).toBeUndefined()

    const recorded = await m.manual.recordManualPayment(
      pay,
      pay.invoice as string,
      ` ${preimage.toUpperCase()} `,
    )
    expect(recorded.ok && recorded.intent).toMatchObject({
      state: 'paid',
      route: 'manual',
      preimage,
    })
    expect(receiptsFor(pay.id)).toHaveLength(1)
    expect(receiptsFor(pay.id)[0]?.tags).toEqual([
      ['payreq', pay.id],
      ['bolt11', pay.invoice],
      ['preimage', preimage],
    ])
    // paid: nothing more is shown to pay, and a second "I paid" sends no second receipt
    expect(await m.manual.invoiceForAnyWallet(pay, network)).toMatchObject({ ok: false })
    await m.manual.recordManualPayment(pay, pay.invoice as string, preimage)
    expect(receiptsFor(pay.id)).toHaveLength(1)
  })

  it('refuses to show an invoice for another amount or network, and a proof for another invoice', async () => {
    const pay = request(1_000)
    expect(await m.manual.invoiceForAnyWallet({ ...pay, amountMsats: 999_000 }, network)).toEqual({
      ok: false,
      reason: 'This invoice is not for the amount asked for.',
    })
    expect(await m.manual.invoiceForAnyWallet(pay, { network: 'bc' })).toEqual({
      ok: false,
      reason: 'This invoice is for regtest, not bitcoin.',
    })
    const stray = invoiceOf(1_000).invoice
    const { preimage } = await outside.payInvoice(stray)
    expect(await m.manual.recordManualPayment(pay, stray, preimage)).toEqual({
      ok: false,
      problem: 'That is not the invoice of this payment request.',
    })
  })

  it('a fetched invoice (a zap) is kept before it is shown: a reload shows the same one, never a second', async () => {
    const fetched: string[] = []
    const fetchInvoice = async () => {
      fetched.push(invoiceOf(500).invoice)
      return fetched.at(-1) as string
    }
    const pay = request(500, fetchInvoice)
    const first = await m.manual.invoiceForAnyWallet(pay, network)
    expect(first).toMatchObject({ ok: true, value: { invoice: fetched[0] } })
    expect(m.shown.usePayments.getState().intents[pay.id]).toMatchObject({
      state: 'paying',
      route: 'manual',
    })

    m = await freshSignedInApp(BITCOINER, load)
    expect(await m.manual.invoiceForAnyWallet(pay, network)).toEqual(first)
    // nor is it sent by another route while it may have been paid
    setWebln(webln())
    expect(await m.manual.payWithWebln(pay, network)).toMatchObject({
      ok: true,
      intent: { state: 'paying' },
    })
    expect(fetched).toHaveLength(1)
    expect(wallet.payments()).toHaveLength(0)

    // "my wallet did not pay": then, and only then, a new invoice may be shown
    expect(await m.manual.recordNotPaid(pay.id)).toMatchObject({
      ok: true,
      intent: { state: 'failed' },
    })
    const second = await m.manual.invoiceForAnyWallet(pay, network)
    expect(second.ok && second.value.invoice).toBe(fetched[1])
    const { preimage } = await outside.payInvoice(fetched[1] as string)
    const recorded = await m.manual.recordManualPayment(pay, fetched[1] as string, preimage)
    expect(recorded.ok && recorded.intent.state).toBe('paid')
    expect(wallet.payments()).toHaveLength(1)
  })

  it('WebLN pays once, proven by its preimage, however often it is asked', async () => {
    setWebln(webln())
    const pay = request(2_100)
    const [first, second] = await Promise.all([
      m.manual.payWithWebln(pay, network),
      m.manual.payWithWebln(pay, network),
    ])
    expect(first).toEqual(second)
    expect(first.ok && first.intent).toMatchObject({ state: 'paid', route: 'webln' })
    expect(await m.manual.payWithWebln(pay, network)).toMatchObject({
      ok: true,
      intent: { state: 'paid' },
    })
    expect(wallet.payments()).toHaveLength(1)
    expect(receiptsFor(pay.id)).toHaveLength(1)
  })

  it('a WebLN error is not a failure: the pasted proof makes it paid, and it is never sent again', async () => {
    // the wallet pays, then the answer is lost: WebLN only says "error"
    setWebln(
      webln(() => {
        throw new Error('User rejected')
      }),
    )
    const pay = request(1_000)
    const outcome = await m.manual.payWithWebln(pay, network)
    expect(outcome.ok && outcome.intent).toMatchObject({ state: 'checking', route: 'webln' })
    expect(await m.manual.payWithWebln(pay, network)).toMatchObject({
      ok: true,
      intent: { state: 'checking' },
    })
    expect(wallet.payments()).toHaveLength(1)

    // a wallet connected later neither pays it nor looks it up
    expect(await m.wallet.connectWallet(wallet.uri)).toEqual({ ok: true })
    await m.payments.resumePayments({ lookupEveryMs: 50 })
    expect(await m.payments.payOnce(pay, network)).toMatchObject({
      ok: true,
      intent: { state: 'checking' },
    })
    await m.wallet.disconnectWallet()
    expect(wallet.payments()).toHaveLength(1)

    const { preimage } = await outside
      .lookupPayment(wallet.payments()[0]?.paymentHash ?? '')
      .then((found) => (found.state === 'settled' ? found : { preimage: '' }))
    const recorded = await m.manual.recordManualPayment(pay, pay.invoice as string, preimage)
    expect(recorded.ok && recorded.intent).toMatchObject({ state: 'paid', route: 'webln' })
    expect(receiptsFor(pay.id)).toHaveLength(1)
  })

  it('"my wallet did not pay" after a WebLN error allows a new attempt, which pays once', async () => {
    let refuse = true
    setWebln({
      enable: async () => undefined,
      sendPayment: async (invoice) => {
        if (refuse) throw new Error('Insufficient balance')
        return outside.payInvoice(invoice)
      },
    })
    const pay = request(700)
    expect(await m.manual.payWithWebln(pay, network)).toMatchObject({
      ok: true,
      intent: { state: 'checking' },
    })
    expect(await m.manual.recordNotPaid(pay.id)).toMatchObject({
      ok: true,
      intent: {
        state: 'failed',
        problem: 'You said your wallet did not pay this. Nothing is recorded as paid.',
      },
    })
    refuse = false
    expect(await m.manual.payWithWebln(pay, network)).toMatchObject({
      ok: true,
      intent: { state: 'paid' },
    })
    expect(wallet.payments()).toHaveLength(1)
  })

  it('a browser wallet that will not enable is a plain failure, with nothing sent to it', async () => {
    const sent: string[] = []
    setWebln({
      enable: async () => {
        throw new Error('Prompt was closed')
      },
      sendPayment: async (invoice) => {
        sent.push(invoice)
        return { preimage: '' }
      },
    })
    const pay = request(300)
    const outcome = await m.manual.payWithWebln(pay, network)
    expect(outcome.ok && outcome.intent).toMatchObject({
      state: 'failed',
      problem: 'Your browser wallet did not let this page use it. Nothing was paid.',
    })
    expect(sent).toHaveLength(0)
    // the person's word is for unknown outcomes only
    expect(await m.manual.recordNotPaid(pay.id)).toMatchObject({ ok: false })
  })

  it('without a browser wallet, WebLN is not tried', async () => {
    expect(await m.manual.payWithWebln(request(100), network)).toEqual({
      ok: false,
      problem: 'This browser has no lightning wallet (WebLN).',
    })
  })
})
