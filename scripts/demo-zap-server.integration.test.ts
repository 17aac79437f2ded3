import type { NostrEvent } from 'nostr-tools'
import { Relay } from 'nostr-tools/relay'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { checkZapReceipt } from '@/lightning/zap-receipt'
import { makeZapRequest } from '@/nostr/zap-request'
import { fetchPayRequest, fetchZapInvoice } from '@/wallet/lnurl'
import { openWallet } from '@/wallet/nwc'
import { fetchThroughDomains } from '@tests/support/lightning-domains'
import {
  BITCOINER,
  STRANGER,
  TROUBLESHOOTER,
  reasonOf,
  sign,
  valueOf,
} from '@tests/support/nostr-fixtures'
import { startDemoWallet } from './demo-wallet'
import type { DemoWallet } from './demo-wallet'
import { startDemoZapServer } from './demo-zap-server'
import type { DemoZapServer } from './demo-zap-server'
import { startRelay } from './relay'
import type { LocalRelay } from './relay'

// A real relay, the demo NIP-47 wallet and the demo LNURL/zap server on loopback; the app's own
// modules resolve alice@zaps.test over HTTP (the domain routed to the server, as DNS would), get
// the invoice, pay it through NWC and check the receipt that reaches the relay.
let relay: LocalRelay
let wallet: DemoWallet
let zaps: DemoZapServer
const fetchFn = () => fetchThroughDomains({ 'zaps.test': zaps.origin })
const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'coldcard-offer' }
const AMOUNT = 2_100_000

const zapRequest = (recipient = TROUBLESHOOTER, lnurl?: string) =>
  sign(
    'bitcoiner',
    makeZapRequest({
      recipient,
      offer: OFFER,
      offerEventId: 'f'.repeat(64),
      amountMsats: AMOUNT,
      relays: [relay.url],
      ...(lnurl && { lnurl }),
      content: 'Thanks for the Coldcard fix',
      now: Math.floor(Date.now() / 1000),
    }),
  )

describe('a zap through the demo LNURL server, paid with NWC', () => {
  beforeAll(async () => {
    relay = await startRelay()
    wallet = await startDemoWallet({ relayUrl: relay.url, balanceSats: 10_000 })
    zaps = await startDemoZapServer({ users: { alice: TROUBLESHOOTER } })
  })

  afterAll(async () => {
    await zaps.stop()
    await wallet.stop()
    await relay.stop()
  })

  it('resolves the address, pays the zap invoice once, and the signed receipt counts', async () => {
    const payRequest = valueOf(await fetchPayRequest('alice@zaps.test', fetchFn()))
    expect(payRequest).toMatchObject({
      callback: 'https://zaps.test/lnurlp/alice/callback',
      nostrPubkey: zaps.nostrPubkey,
    })
    const request = zapRequest(TROUBLESHOOTER, payRequest.lnurl)
    const zap = valueOf(
      await fetchZapInvoice(payRequest, { amountMsats: AMOUNT, zapRequest: request }, fetchFn()),
    )

    const arrived: NostrEvent[] = []
    const reader = await Relay.connect(relay.url)
    reader.subscribe([{ kinds: [9735], '#p': [TROUBLESHOOTER] }], {
      onevent: (event) => void arrived.push(event),
    })
    const connection = await openWallet(wallet.uri, { allowNip04: false })
    try {
      const { preimage } = await connection.payInvoice(zap.invoice)
      expect(preimage).toMatch(/^[0-9a-f]{64}$/)
      await vi.waitFor(() => expect(arrived).toHaveLength(1), { timeout: 10_000 })
    } finally {
      connection.close()
      reader.close()
    }

    const receipt = arrived[0] as NostrEvent
    await vi.waitFor(() => expect(zaps.receipts().map(({ id }) => id)).toEqual([receipt.id]))
    const counted = checkZapReceipt(receipt, {
      lnurlNostrPubkey: payRequest.nostrPubkey,
      recipient: TROUBLESHOOTER,
      sender: BITCOINER,
      offer: OFFER,
      network: 'bcrt',
      lnurl: payRequest.lnurl,
    })
    expect(valueOf(counted)).toMatchObject({
      sender: BITCOINER,
      recipient: TROUBLESHOOTER,
      amountMsats: AMOUNT,
      paymentHash: zap.paymentHash,
      zapRequestId: request.id,
      offer: OFFER,
    })
    expect(wallet.payments()).toEqual([
      { paymentHash: zap.paymentHash, amountMsats: AMOUNT, invoice: zap.invoice },
    ])
  })

  it('the server refuses, in its words, a zap request for someone other than the address owner', async () => {
    const payRequest = valueOf(await fetchPayRequest('alice@zaps.test', fetchFn()))
    const refused = await fetchZapInvoice(
      payRequest,
      { amountMsats: AMOUNT, zapRequest: zapRequest(STRANGER) },
      fetchFn(),
    )
    expect(reasonOf(refused)).toBe(
      'The server of alice@zaps.test refused: “Zap request is for someone else.”',
    )
  })

  it('an unknown name is refused by the server', async () => {
    expect(reasonOf(await fetchPayRequest('bob@zaps.test', fetchFn()))).toBe(
      'The server of bob@zaps.test refused: “No such lightning address.”',
    )
  })
})
