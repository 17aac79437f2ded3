import { createHash } from 'node:crypto'
import type { NostrEvent } from 'nostr-tools'
import { makeZapReceipt } from 'nostr-tools/nip57'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { hexToBytes } from 'nostr-tools/utils'
import { describe, expect, it } from 'vitest'
import { indexDeals } from '@/nostr/reputation-deals'
import { personReputation } from '@/nostr/reputation-person'
import { collectReviews } from '@/nostr/reputation-reviews'
import { readDealSources } from '@/nostr/reputation-sources'
import type { Who } from '@tests/support/nostr-fixtures'
import { BITCOINER, STRANGER, TROUBLESHOOTER, sign, signed } from '@tests/support/nostr-fixtures'
import { issueDemoInvoice } from '../../scripts/demo-wallet'
import { checkEarnings } from './earnings'

// Real signed events and real regtest invoices, receipts made by nostr-tools' makeZapReceipt as
// the troubleshooter's LNURL server would (see zap-receipt.test.ts).
const SERVER_SECRET = 'ab'.repeat(32)
const SERVER = getPublicKey(hexToBytes(SERVER_SECRET))
const TK = `32767:${BITCOINER}:tk`
const OF1 = `32768:${TROUBLESHOOTER}:of1`
const SELF_OFFER = `32768:${TROUBLESHOOTER}:self`
const CARD = `32765:${TROUBLESHOOTER}:svc`
const ORDER = `32766:${BITCOINER}:ord1`
const NOW = 1760100000

const deals = indexDeals(
  readDealSources([
    signed('bitcoiner', 32767, [
      ['d', 'tk'],
      ['title', 'Seed'],
      ['s', '2'],
      ['a', OF1, ''],
    ]),
    signed('troubleshooter', 32768, [
      ['d', 'of1'],
      ['a', TK],
      ['pricing', '0'],
      ['amount', '21'],
    ]),
    // a troubleshooter who accepts their own offer has no deal
    signed('troubleshooter', 32767, [
      ['d', 'own'],
      ['title', 'Me'],
      ['s', '2'],
      ['a', SELF_OFFER],
    ]),
    signed('troubleshooter', 32768, [
      ['d', 'self'],
      ['a', `32767:${TROUBLESHOOTER}:own`],
      ['pricing', '0'],
      ['amount', '21'],
    ]),
    signed('troubleshooter', 32765, [
      ['d', 'svc'],
      ['title', 'Help'],
      ['pricing', '0'],
      ['amount', '9'],
      ['a', ORDER, '1759990000'],
    ]),
    signed('bitcoiner', 32766, [
      ['d', 'ord1'],
      ['s', '1'],
      ['a', CARD],
    ]),
  ]),
)

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

type Zap = {
  from?: Who
  to?: string
  a?: string
  msats?: number
  invoiceMsats?: number
  signer?: string
  paidAt?: number
}

/** A receipt for a zap request `from` → `to` for address `a`, made and signed like an LNURL server. */
const receiptFor = (zap: Zap = {}, reuse?: { invoice: string }) => {
  const msats = zap.msats ?? 21_000
  const request = sign(zap.from ?? 'bitcoiner', {
    kind: 9734,
    created_at: 1760000000,
    content: 'Thanks!',
    tags: [
      ['p', zap.to ?? TROUBLESHOOTER],
      ['a', zap.a ?? OF1],
      ['amount', String(msats)],
      ['relays', 'wss://relay.example.com'],
    ],
  })
  const description = JSON.stringify(request)
  const invoice =
    reuse?.invoice ??
    issueDemoInvoice({
      amountMsats: zap.invoiceMsats ?? msats,
      descriptionHash: sha256(description),
      payeeSecret: SERVER_SECRET,
    }).invoice
  const template = makeZapReceipt({
    zapRequest: description,
    bolt11: invoice,
    paidAt: new Date((zap.paidAt ?? 1760000100) * 1000),
  })
  return {
    receipt: finalizeEvent(template, hexToBytes(zap.signer ?? SERVER_SECRET)),
    invoice,
    description,
  }
}

const check = (
  receipts: NostrEvent[],
  servers: Record<string, string> = { [TROUBLESHOOTER]: SERVER },
) => checkEarnings({ receipts, lnurlServers: servers, deals, network: 'bcrt' })

describe('checkEarnings', () => {
  it('counts a zap by the ticket’s author for the accepted offer, signed by the LNURL server', () => {
    const { receipt } = receiptFor()
    const earnings = check([receipt])
    expect(earnings.refused).toEqual([])
    expect(earnings.counted).toEqual([
      expect.objectContaining({
        receiptId: receipt.id,
        sender: BITCOINER,
        recipient: TROUBLESHOOTER,
        amountMsats: 21_000,
      }),
    ])
  })

  it('counts a SatShoot order zap (a = the order) sent by the order’s author', () => {
    const { receipt } = receiptFor({ a: ORDER, msats: 9_000 })
    expect(check([receipt]).counted.map((z) => z.amountMsats)).toEqual([9_000])
  })

  it.each([
    [
      'a receipt signed by another key',
      { signer: 'cd'.repeat(32) },
      'the receipt is not signed by the recipient’s lightning address server',
    ],
    [
      'an invoice for another amount',
      { invoiceMsats: 210_000 },
      'the receipt’s invoice is not for the amount of the zap request',
    ],
    [
      'a self-zap on the deal',
      { from: 'troubleshooter' as Who },
      'a zap to oneself does not count',
    ],
    [
      'a zap from someone else than the Bitcoiner',
      { from: 'stranger' as Who },
      'the zap was not sent by the expected payer',
    ],
    [
      'a zap for the troubleshooter’s deal with themselves',
      { a: SELF_OFFER },
      'it pays for no deal we know (no accepted offer or order it names)',
    ],
    ['a zap to someone else for the offer', { to: STRANGER }, 'the zap is for someone else'],
  ])('refuses %s', (_name, zap, reason) => {
    const { receipt } = receiptFor(zap)
    expect(check([receipt])).toEqual({
      counted: [],
      refused: [expect.objectContaining({ receiptId: receipt.id, reason })],
    })
  })

  it('refuses what it cannot check: the troubleshooter’s LNURL server unknown', () => {
    const { receipt } = receiptFor()
    expect(check([receipt], {}).refused[0]?.reason).toMatch(/lightning address server is not known/)
  })

  it('counts a receipt once and a payment once', () => {
    const first = receiptFor()
    const again = finalizeEvent(
      makeZapReceipt({
        zapRequest: first.description,
        bolt11: first.invoice,
        paidAt: new Date(1760000200_000),
      }),
      hexToBytes(SERVER_SECRET),
    )
    const earnings = check([first.receipt, first.receipt, again])
    expect(earnings.counted.map((z) => z.receiptId)).toEqual([first.receipt.id])
    expect(earnings.refused).toEqual([
      expect.objectContaining({
        receiptId: again.id,
        reason: 'another receipt for the same payment was already counted',
      }),
    ])
  })

  it('feeds the person’s earnings and payments sent; refused receipts listed apart', () => {
    const paid = receiptFor().receipt
    const order = receiptFor({ a: ORDER, msats: 9_000 }).receipt
    const forged = receiptFor({ signer: 'cd'.repeat(32), msats: 5_000_000 }).receipt
    const selfZap = receiptFor({ from: 'troubleshooter', msats: 7_000_000 }).receipt
    const earnings = check([paid, order, forged, selfZap])
    const input = {
      reviews: collectReviews([], NOW),
      deals,
      payments: earnings.counted,
      refusedPayments: earnings.refused,
    }
    const troubleshooter = personReputation(TROUBLESHOOTER, input, NOW)
    expect(troubleshooter.asTroubleshooter.earningsSats.value).toBe(30)
    expect(troubleshooter.refusedPayments.map((r) => r.receiptId).sort()).toEqual(
      [forged.id, selfZap.id].sort(),
    )
    const bitcoiner = personReputation(BITCOINER, input, NOW).asBitcoiner
    expect(bitcoiner.paymentsSentSats.value).toBe(30)
    expect(bitcoiner.dealsPaidFor.value).toBe(2)
    expect(bitcoiner.deals.value).toBe(2)
  })
})
