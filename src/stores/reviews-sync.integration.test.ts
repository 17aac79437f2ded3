import { createHash } from 'node:crypto'
import { connectApp } from '@tests/support/connect-app'
import { fetchThroughDomains } from '@tests/support/lightning-domains'
import 'fake-indexeddb/auto'
import type { NostrEvent } from 'nostr-tools'
import { makeZapReceipt } from 'nostr-tools/nip57'
import { finalizeEvent } from 'nostr-tools/pure'
import { hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { makeOffer } from '@/nostr/offer'
import { makeTroubleshooterReview } from '@/nostr/review'
import { makeTicket } from '@/nostr/ticket'
import { transitionTicket } from '@/nostr/ticket-state'
import { makeZapRequest } from '@/nostr/zap-request'
import type { Who } from '@tests/support/nostr-fixtures'
import { BITCOINER, STRANGER, TROUBLESHOOTER, sign, valueOf } from '@tests/support/nostr-fixtures'
import { issueDemoInvoice } from '../../scripts/demo-wallet'
import { startDemoZapServer, type DemoZapServer } from '../../scripts/demo-zap-server'
import { publishEvents } from '../../scripts/relay-io'
import { startRelay, type LocalRelay } from '../../scripts/relay'

// A person's reputation gathered from a real relay by reviews-sync and computed by the rules:
// reviews found by #p and by #a (SatShoot writes no p), the deal's ticket fetched by the offer's
// address, zap receipts checked against the key the person's lightning address server gives.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

const SERVER_SECRET = 'cd'.repeat(32)
const AMOUNT_MSATS = 21_000_000
const now = Math.floor(Date.now() / 1000)
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const opened = sign(
  'bitcoiner',
  makeTicket(
    { d: 'a1'.repeat(8), title: 'Node stuck at 99 %', description: '', topics: [] },
    now - 900,
  ),
)
const offer = sign(
  'troubleshooter',
  makeOffer(
    {
      d: 'b2'.repeat(8),
      ticket: { kind: 32767, pubkey: BITCOINER, d: 'a1'.repeat(8) },
      pricing: { kind: 'fixed', sats: 21000 },
      coverLetter: 'Probably the pruned blocks.',
      troubleshooter: TROUBLESHOOTER,
    },
    now - 800,
  ),
)
const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'b2'.repeat(8) }
const accepted = sign(
  'bitcoiner',
  valueOf(transitionTicket(opened, 'in-progress', now - 700, OFFER)),
)
const resolved = sign('bitcoiner', valueOf(transitionTicket(accepted, 'resolved', now - 600)))

const review = (who: Who, success: boolean, at: number, withP = true): NostrEvent => {
  const template = makeTroubleshooterReview(
    {
      offer: OFFER,
      troubleshooter: TROUBLESHOOTER,
      ratings: { success, expertise: success, communication: success },
      text: success ? 'Solved.' : 'Not solved after all.',
    },
    at,
  )
  // SatShoot writes no p: such a review is found only by the offer's address
  const tags = withP ? template.tags : template.tags.filter((tag) => tag[0] !== 'p')
  return sign(who, { ...template, tags })
}

/** A zap receipt for the offer, from `from`, signed by `signer` (the server, or a forger). */
const receipt = (from: Who, signer = SERVER_SECRET): NostrEvent => {
  const request = JSON.stringify(
    sign(
      from,
      makeZapRequest({
        recipient: TROUBLESHOOTER,
        offer: OFFER,
        amountMsats: AMOUNT_MSATS,
        relays: ['wss://relay.example.com'],
        content: 'Thanks',
        now: now - 500,
      }),
    ),
  )
  const { invoice } = issueDemoInvoice({
    amountMsats: AMOUNT_MSATS,
    descriptionHash: sha256(request),
    payeeSecret: SERVER_SECRET,
  })
  const template = makeZapReceipt({
    zapRequest: request,
    bolt11: invoice,
    paidAt: new Date((now - 400) * 1000),
  })
  return finalizeEvent(template, hexToBytes(signer))
}

const profile = sign('troubleshooter', {
  kind: 0,
  created_at: now - 1000,
  tags: [],
  content: JSON.stringify({ name: 'Hal', lud16: 'hal@zaps.test' }),
})

let relay: LocalRelay
let zapServer: DemoZapServer

const load = async () => ({
  sync: await import('./reviews-sync'),
  reputation: await import('./reviews-reputation'),
  reviews: await import('./reviews'),
  market: await import('./marketplace'),
})
let m: Awaited<ReturnType<typeof load>>

const reputationOf = (person: string) =>
  m.reputation.reputationFromStores(
    person,
    { market: m.market.useMarketplace.getState(), reviews: m.reviews.useReviews.getState() },
    Math.floor(Date.now() / 1000),
    'bcrt',
  )

const settled = (person: string) =>
  new Promise<() => void>((resolve) => {
    const stop = m.sync.watchPersonReputation(person, { onSettled: () => resolve(stop) })
  })

describe('reputation gathered from a relay', () => {
  const bitcoinerReview = review('bitcoiner', true, now - 300, false)
  const strangerReview = review('stranger', true, now - 250)
  const paid = receipt('bitcoiner')
  const forged = receipt('bitcoiner', 'ef'.repeat(32))

  beforeAll(async () => {
    relay = await startRelay()
    zapServer = await startDemoZapServer({
      users: { hal: TROUBLESHOOTER },
      serverSecret: SERVER_SECRET,
    })
    // the app's fetch reaches https://zaps.test at the loopback server (as DNS and TLS would)
    const realFetch = globalThis.fetch
    const routed = fetchThroughDomains({ 'zaps.test': zapServer.origin })
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
      String(url).startsWith('https://') ? routed(url, init) : realFetch(url, init),
    )
    await publishEvents(relay.url, [
      profile,
      opened,
      offer,
      accepted,
      resolved,
      bitcoinerReview,
      strangerReview,
      paid,
      forged,
    ])
    vi.stubEnv('VITE_RELAYS', relay.url)
    vi.resetModules()
    m = await load()
    await connectApp(relay.url)
  }, 30_000)

  afterAll(async () => {
    vi.unstubAllGlobals()
    vi.unstubAllEnvs()
    await zapServer?.stop()
    await relay?.stop()
  })

  it('finds reviews by #p and by the offer’s #a, the deal, and counts only the verified one', async () => {
    const stop = await settled(TROUBLESHOOTER)
    const { reviews } = m.reviews.useReviews.getState()
    expect(Object.keys(reviews[TROUBLESHOOTER] ?? {}).sort()).toEqual(
      [bitcoinerReview.id, strangerReview.id].sort(),
    )
    // the ticket came by the offer's address and the deal it proves
    const rep = reputationOf(TROUBLESHOOTER)
    expect(rep.asTroubleshooter.dealsWon.value).toBe(1)
    expect(rep.asTroubleshooter.resolved.value).toBe(1)
    expect(rep.asTroubleshooter.verifiedReviews.value).toBe(1)
    expect(rep.asTroubleshooter.score.value).toBe(1)
    expect(rep.asTroubleshooter.reviews.counted.map((c) => c.review.id)).toEqual([
      bitcoinerReview.id,
    ])
    expect(rep.unverifiedReviews.map((u) => [u.id, u.author])).toEqual([
      [strangerReview.id, STRANGER],
    ])
    expect(rep.newcomer).toBe(false)
    stop()
  }, 15_000)

  it('counts the zap receipt the lightning address server signed, not the forged one', async () => {
    const stop = await settled(TROUBLESHOOTER)
    await vi.waitFor(
      () =>
        expect(m.reviews.useReviews.getState().zapSigners[TROUBLESHOOTER]).toEqual({
          state: 'known',
          address: 'hal@zaps.test',
          nostrPubkey: zapServer.nostrPubkey,
          lnurl: expect.stringMatching(/^lnurl1/),
        }),
      { timeout: 10_000 },
    )
    const rep = reputationOf(TROUBLESHOOTER)
    expect(rep.asTroubleshooter.earningsSats.value).toBe(21_000)
    expect(rep.asTroubleshooter.payments.map((p) => p.receiptId)).toEqual([paid.id])
    expect(rep.refusedPayments.map((r) => r.receiptId)).toEqual([forged.id])
    stop()
  }, 15_000)

  it('shows the Bitcoiner’s side: the deal paid for and the payment sent', async () => {
    const stop = await settled(BITCOINER)
    await vi.waitFor(() => expect(reputationOf(BITCOINER).asBitcoiner.dealsPaidFor.value).toBe(1), {
      timeout: 10_000,
    })
    const rep = reputationOf(BITCOINER)
    expect(rep.asBitcoiner.deals.value).toBe(1)
    expect(rep.asBitcoiner.paymentsSentSats.value).toBe(21_000)
    stop()
  }, 15_000)

  it('stays live: a newer review of the same deal replaces the older in every figure', async () => {
    const stop = await settled(TROUBLESHOOTER)
    const newer = review('bitcoiner', false, now - 100, false)
    await publishEvents(relay.url, [newer])
    await vi.waitFor(() =>
      expect(
        reputationOf(TROUBLESHOOTER).asTroubleshooter.reviews.counted.map((c) => c.review.id),
      ).toEqual([newer.id]),
    )
    const rep = reputationOf(TROUBLESHOOTER)
    expect(rep.asTroubleshooter.verifiedReviews.value).toBe(1)
    expect(rep.asTroubleshooter.score.value).toBe(0)
    stop()
  })
})
