import { createHash } from 'node:crypto'
import bolt11 from 'bolt11'
import { describe, expect, it } from 'vitest'
import type { PaymentReceipt, PaymentRequest } from '@/nostr/message-tags'
import { checkPaymentReceipt } from './receipt'

const PAYEE_SECRET = '11'.repeat(32)
const PREIMAGE = '22'.repeat(32)
const REGTEST = { bech32: 'bcrt', pubKeyHash: 111, scriptHash: 196, validWitnessVersions: [0, 1] }
const BITCOIN = { bech32: 'bc', pubKeyHash: 0, scriptHash: 5, validWitnessVersions: [0, 1] }

/** A real invoice, signed by its payee, whose payment hash is sha256(preimage). */
function signedInvoice(options: {
  amountMsats: number
  preimage?: string
  network?: typeof REGTEST
}) {
  const paymentHash = createHash('sha256')
    .update(Buffer.from(options.preimage ?? PREIMAGE, 'hex'))
    .digest('hex')
  const encoded = bolt11.encode({
    network: options.network ?? REGTEST,
    millisatoshis: String(options.amountMsats),
    timestamp: 1_700_000_000,
    tags: [
      { tagName: 'payment_hash', data: paymentHash },
      { tagName: 'payment_secret', data: '33'.repeat(32) },
      { tagName: 'description', data: 'Ledger will not sign: 30 minutes' },
    ],
  })
  return { invoice: bolt11.sign(encoded, PAYEE_SECRET).paymentRequest ?? '', paymentHash }
}

const offer = { kind: 32768, pubkey: 'ab'.repeat(32), d: 'offer-1' }
const { invoice, paymentHash } = signedInvoice({ amountMsats: 21_000 })
const request: PaymentRequest = { id: 'req-1', offer, msats: 21_000, bolt11: invoice }
const receipt: PaymentReceipt = { requestId: 'req-1', bolt11: invoice, preimage: PREIMAGE }
const regtest = { network: 'bcrt' as const }

const reasonOf = (result: ReturnType<typeof checkPaymentReceipt>) =>
  result.ok ? 'accepted' : result.reason

describe('checkPaymentReceipt', () => {
  it('accepts a receipt that proves the request was paid', () => {
    expect(checkPaymentReceipt(request, receipt, regtest)).toEqual({
      ok: true,
      value: { paymentHash, amountMsats: 21_000 },
    })
  })

  it('accepts the attached invoice written in upper case, and a request that attached none', () => {
    const shouted = { ...request, bolt11: invoice.toUpperCase() }
    expect(checkPaymentReceipt(shouted, receipt, regtest).ok).toBe(true)
    const { bolt11: _attached, ...withoutInvoice } = request
    expect(checkPaymentReceipt(withoutInvoice, receipt, regtest).ok).toBe(true)
  })

  it('refuses a receipt for another request', () => {
    const other = { ...receipt, requestId: 'req-2' }
    expect(reasonOf(checkPaymentReceipt(request, other, regtest))).toMatch(
      /another payment request/,
    )
  })

  it('refuses an invoice that is not valid, with the reason', () => {
    const tampered = {
      ...receipt,
      bolt11: invoice.slice(0, -1) + (invoice.endsWith('q') ? 'p' : 'q'),
    }
    expect(reasonOf(checkPaymentReceipt(request, tampered, regtest))).toMatch(
      /invoice is not valid\. The invoice checksum does not match/,
    )
  })

  it('refuses an invoice on another network', () => {
    const mainnet = signedInvoice({ amountMsats: 21_000, network: BITCOIN }).invoice
    const result = checkPaymentReceipt(
      { ...request, bolt11: mainnet },
      { ...receipt, bolt11: mainnet },
      regtest,
    )
    expect(reasonOf(result)).toMatch(/for bitcoin, not regtest/)
  })

  it('refuses an invoice other than the one the request attached', () => {
    const other = signedInvoice({ amountMsats: 21_000, preimage: '44'.repeat(32) })
    const result = checkPaymentReceipt(
      request,
      { ...receipt, bolt11: other.invoice, preimage: '44'.repeat(32) },
      regtest,
    )
    expect(reasonOf(result)).toMatch(/another invoice than the one the payment request attached/)
  })

  it('refuses an invoice for another amount', () => {
    const cheaper = signedInvoice({ amountMsats: 1_000 }).invoice
    const result = checkPaymentReceipt(
      { ...request, bolt11: cheaper },
      { ...receipt, bolt11: cheaper },
      regtest,
    )
    expect(reasonOf(result)).toMatch(/not for the amount requested/)
  })

  it('refuses a preimage that does not hash to the payment hash', () => {
    const guessed = { ...receipt, preimage: '55'.repeat(32) }
    expect(reasonOf(checkPaymentReceipt(request, guessed, regtest))).toMatch(/proves no payment/)
  })
})
