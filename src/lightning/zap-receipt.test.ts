import { createHash } from 'node:crypto'
import type { NostrEvent } from 'nostr-tools'
import { makeZapReceipt } from 'nostr-tools/nip57'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { hexToBytes } from 'nostr-tools/utils'
import { describe, expect, it } from 'vitest'
import { makeZapRequest } from '@/nostr/zap-request'
import type { Who } from '@tests/support/nostr-fixtures'
import {
  BITCOINER,
  STRANGER,
  TROUBLESHOOTER,
  reasonOf,
  sign,
  valueOf,
} from '@tests/support/nostr-fixtures'
import { issueDemoInvoice } from '../../scripts/demo-wallet'
import type { ExpectedZap } from './zap-receipt'
import { checkZapReceipt } from './zap-receipt'

// Real signed events and real regtest invoices; receipts made by nostr-tools' makeZapReceipt, as
// an LNURL server would.
const SERVER_SECRET = 'ab'.repeat(32)
const SERVER = getPublicKey(hexToBytes(SERVER_SECRET))
const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'of1' }
const AMOUNT = 21_000_000
const PAID_AT = 1760000100

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

type Zap = {
  from?: Who
  to?: string
  offer?: typeof OFFER
  /** The zap request as sent, when it is not the signed one (to forge it). */
  alter?: (request: NostrEvent) => NostrEvent
  invoiceMsats?: number
  /** What the invoice's description hash commits to, when not the zap request. */
  commitTo?: string
  preimage?: string
  signer?: string
}

/** A zap receipt for a zap request, the way a (possibly rogue) LNURL server would make it. */
const receiptFor = (zap: Zap = {}): NostrEvent => {
  const signed = sign(
    zap.from ?? 'bitcoiner',
    makeZapRequest({
      recipient: zap.to ?? TROUBLESHOOTER,
      offer: zap.offer ?? OFFER,
      offerEventId: 'e'.repeat(64),
      amountMsats: AMOUNT,
      relays: ['wss://relay.example.com'],
      content: 'Thanks!',
      now: 1760000000,
    }),
  )
  const description = JSON.stringify(zap.alter ? zap.alter(signed) : signed)
  const { invoice, paymentHash } = issueDemoInvoice({
    amountMsats: zap.invoiceMsats ?? AMOUNT,
    descriptionHash: sha256(zap.commitTo ?? description),
    payeeSecret: SERVER_SECRET,
  })
  const template = makeZapReceipt({
    zapRequest: description,
    bolt11: invoice,
    paidAt: new Date(PAID_AT * 1000),
    ...(zap.preimage && { preimage: zap.preimage }),
  })
  const receipt = finalizeEvent(template, hexToBytes(zap.signer ?? SERVER_SECRET))
  return Object.assign(receipt, { paymentHash })
}

const expected: ExpectedZap = {
  lnurlNostrPubkey: SERVER,
  recipient: TROUBLESHOOTER,
  sender: BITCOINER,
  offer: OFFER,
  network: 'bcrt',
}

describe('checkZapReceipt', () => {
  it('counts a receipt signed by the LNURL server for the Bitcoiner’s zap of the offer', () => {
    const receipt = receiptFor()
    const { paymentHash } = receipt as NostrEvent & { paymentHash: string }
    const zapRequest = JSON.parse(receipt.tags.find((tag) => tag[0] === 'description')?.[1] ?? '')
    expect(valueOf(checkZapReceipt(receipt, expected))).toEqual({
      receiptId: receipt.id,
      zapRequestId: zapRequest.id,
      sender: BITCOINER,
      recipient: TROUBLESHOOTER,
      amountMsats: AMOUNT,
      paymentHash,
      offer: OFFER,
      comment: 'Thanks!',
      paidAt: PAID_AT,
    })
  })

  it('refuses a receipt signed by another key than the server’s nostrPubkey', () => {
    expect(reasonOf(checkZapReceipt(receiptFor({ signer: 'cd'.repeat(32) }), expected))).toBe(
      'the receipt is not signed by the recipient’s lightning address server',
    )
  })

  it('refuses a receipt whose invoice is for another amount than the zap request', () => {
    expect(reasonOf(checkZapReceipt(receiptFor({ invoiceMsats: AMOUNT * 10 }), expected))).toBe(
      'the receipt’s invoice is not for the amount of the zap request',
    )
  })

  it('refuses a receipt whose invoice does not commit to its zap request', () => {
    expect(reasonOf(checkZapReceipt(receiptFor({ commitTo: 'another zap' }), expected))).toBe(
      'the receipt’s invoice does not commit to its zap request',
    )
  })

  it('refuses a zap request whose signature does not hold (a forged sender)', () => {
    const forged = receiptFor({
      alter: (request) => ({ ...request, pubkey: BITCOINER }),
      from: 'stranger',
    })
    expect(reasonOf(checkZapReceipt(forged, expected))).toMatch(
      /zap request in the receipt is not valid: its signature/,
    )
  })

  it('refuses a zap sent by someone other than the ticket’s author', () => {
    expect(reasonOf(checkZapReceipt(receiptFor({ from: 'stranger' }), expected))).toBe(
      'the zap was not sent by the expected payer',
    )
  })

  it('never counts a self-zap', () => {
    const selfZap = receiptFor({ from: 'troubleshooter' })
    expect(reasonOf(checkZapReceipt(selfZap, { ...expected, sender: TROUBLESHOOTER }))).toBe(
      'a zap to oneself does not count',
    )
  })

  it('refuses a zap for another offer, another recipient, or another network', () => {
    const otherOffer = receiptFor({ offer: { ...OFFER, d: 'of2' } })
    expect(reasonOf(checkZapReceipt(otherOffer, expected))).toBe('the zap is not for this offer')
    expect(reasonOf(checkZapReceipt(receiptFor({ to: STRANGER }), expected))).toBe(
      'the zap is for someone else',
    )
    expect(reasonOf(checkZapReceipt(receiptFor(), { ...expected, network: 'bc' }))).toBe(
      'the receipt’s invoice is for another network',
    )
  })

  it('refuses a preimage that does not prove the invoice, and a receipt altered after signing', () => {
    expect(reasonOf(checkZapReceipt(receiptFor({ preimage: '00'.repeat(32) }), expected))).toBe(
      'the receipt’s preimage does not match its invoice',
    )
    const receipt = receiptFor()
    const altered = { ...receipt, created_at: receipt.created_at + 1 }
    expect(reasonOf(checkZapReceipt(altered, expected))).toBe(
      'the receipt’s signature is not valid',
    )
  })
})
