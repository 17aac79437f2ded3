import { readInvoice, verifyPreimage } from '@/lightning/bolt11'
import type { Network } from '@/lightning/bolt11'
import { accept, reject } from '@/nostr/read-result'
import type { ReadResult } from '@/nostr/read-result'
import { readIntent } from '@/storage/payment-intents'
import type { PaymentIntent } from '@/storage/payment-intents'
import { browserWallet } from '@/wallet/webln'
import { once, ownerNow, paidOutsideNwc, payableInvoice, record, withReceipt } from './payments'
import type { PayOutcome, PayRequest } from './payments'

/**
 * Paying without a connected wallet (no NWC): with the browser's WebLN wallet, or with any wallet
 * from the invoice shown as a QR code, then "I paid" with the proof. The rules of payments.ts hold:
 * the invoice passes every check before it is shown or sent, the intent is kept before a wallet
 * gets the invoice, an invoice whose outcome is unknown is never replaced by another or sent by
 * another route, and paid means proven (sha256(preimage) = payment hash), then a receipt goes to
 * the payee. A WebLN error does not say whether money left: the person says so, with the proof
 * or with "my wallet did not pay".
 */

export type OutsideOptions = {
  /** The lightning network invoices must be for; the app's setting when omitted. */
  network?: Network
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

const UNKNOWN_OUTCOME =
  'This request was handed to a wallet and nobody knows yet whether it was paid: it is not offered another way until that is settled.'

const unknown = (intent: PaymentIntent | undefined) =>
  intent !== undefined && (intent.state === 'paying' || intent.state === 'checking')

/**
 * The invoice to show for paying `request` with any wallet (QR code, copy, `lightning:` link),
 * checked like any invoice before paying. An attached invoice is shown as it is (one invoice is
 * paid at most once). A fetched one (a zap) is kept as an intent before it is shown, so a reload
 * shows the same invoice and never a second one to pay while the first may have been paid.
 */
export const invoiceForAnyWallet = async (
  request: PayRequest,
  options: OutsideOptions = {},
): Promise<ReadResult<{ invoice: string; paymentHash: string }>> => {
  const owner = ownerNow()
  if (!owner) return reject('Sign in first.')
  const known = await readIntent(owner, request.id)
  if (known?.state === 'paid') return reject('This request is paid already.')
  if (unknown(known) && known?.route === 'manual')
    return accept({ invoice: known.invoice, paymentHash: known.paymentHash })
  if (unknown(known)) return reject(UNKNOWN_OUTCOME)
  const checked = await payableInvoice(request, options.network)
  if (!checked.ok || typeof request.invoice === 'string') return checked
  await record(owner, {
    ...request,
    ...checked.value,
    route: 'manual',
    state: 'paying',
    askedAt: nowSeconds(),
  })
  return checked
}

const paid = async (owner: string, intent: PaymentIntent, preimage: string) => {
  const { problem: _gone, ...rest } = intent
  return withReceipt(owner, await record(owner, { ...rest, state: 'paid', preimage }))
}

const payByWebln = async (request: PayRequest, options: OutsideOptions): Promise<PayOutcome> => {
  const provider = browserWallet()
  if (!provider) return { ok: false, problem: 'This browser has no lightning wallet (WebLN).' }
  const owner = ownerNow()
  if (!owner) return { ok: false, problem: 'Sign in first.' }
  const known = await readIntent(owner, request.id)
  if (known?.state === 'paid') return { ok: true, intent: await withReceipt(owner, known) }
  // handed to a wallet before and not settled: never sent again
  if (known && unknown(known)) return { ok: true, intent: known }
  const checked = await payableInvoice(request, options.network)
  if (!checked.ok) return { ok: false, problem: checked.reason }
  const intent = await record(owner, {
    ...request,
    ...checked.value,
    route: 'webln',
    state: 'paying',
    askedAt: nowSeconds(),
  })
  try {
    await provider.enable()
  } catch {
    // refused before any invoice reached the wallet: certainly nothing was paid
    return {
      ok: true,
      intent: await record(owner, {
        ...intent,
        state: 'failed',
        problem: 'Your browser wallet did not let this page use it. Nothing was paid.',
      }),
    }
  }
  try {
    const { preimage } = await provider.sendPayment(checked.value.invoice)
    if (verifyPreimage(intent, preimage))
      return { ok: true, intent: await paid(owner, intent, preimage) }
  } catch {
    // refused, failed or lost on the way: WebLN does not say which
  }
  // whatever was recorded meanwhile (the person's own proof) stands
  const now = await readIntent(owner, request.id)
  if (now && !unknown(now)) return { ok: true, intent: now }
  return { ok: true, intent: await record(owner, { ...intent, state: 'checking' }) }
}

/**
 * Pays `request` with the browser's WebLN wallet, at most once: the intent is kept before the
 * wallet is asked; a request already handed to a wallet is never sent again. Paid when the
 * wallet's preimage proves the invoice; any error leaves it `checking` (only the person knows),
 * except a refusal to enable, which is a failure (nothing was sent).
 */
export const payWithWebln = (
  request: PayRequest,
  options: OutsideOptions = {},
): Promise<PayOutcome> => once(request.id, () => payByWebln(request, options))

const HEX_64 = /^[0-9a-f]{64}$/

/**
 * "I paid": records `request` as paid with `invoice` (the one it is paid with: attached, or the
 * one shown or sent for it) when `preimage` proves that invoice; then the payee gets a receipt.
 * Anything else is refused in plain words and nothing is recorded.
 */
export const recordManualPayment = async (
  request: PayRequest,
  invoice: string,
  preimage: string,
): Promise<PayOutcome> => {
  const owner = ownerNow()
  if (!owner) return { ok: false, problem: 'Sign in first.' }
  const proof = preimage.trim().toLowerCase()
  if (!HEX_64.test(proof))
    return {
      ok: false,
      problem:
        'A preimage is 64 characters, the digits 0–9 and letters a–f. Copy it again from the payment in your wallet.',
    }
  const known = await readIntent(owner, request.id)
  if (known?.state === 'paid') return { ok: true, intent: await withReceipt(owner, known) }
  if (invoice !== request.invoice && invoice !== known?.invoice)
    return { ok: false, problem: 'That is not the invoice of this payment request.' }
  const read = readInvoice(invoice)
  if (!read.ok) return { ok: false, problem: read.reason }
  if (!verifyPreimage(read.value, proof))
    return {
      ok: false,
      problem:
        'This preimage is not the proof of this invoice: it belongs to another payment, or a character is missing. Nothing was recorded.',
    }
  const base: PaymentIntent =
    known && known.invoice === invoice
      ? { ...known, route: known.state === 'failed' ? 'manual' : known.route }
      : {
          ...request,
          invoice,
          paymentHash: read.value.paymentHash,
          route: 'manual',
          state: 'paying',
          askedAt: nowSeconds(),
        }
  return { ok: true, intent: await paid(owner, base, proof) }
}

/**
 * "My wallet did not pay": the person's word ends a payment handed to a browser wallet or shown
 * for any wallet whose outcome is unknown; it is then not paid, and may be paid again.
 */
export const recordNotPaid = async (id: string): Promise<PayOutcome> => {
  const owner = ownerNow()
  if (!owner) return { ok: false, problem: 'Sign in first.' }
  const known = await readIntent(owner, id)
  if (!known || !unknown(known) || !paidOutsideNwc(known))
    return { ok: false, problem: 'There is no payment waiting for your word.' }
  return {
    ok: true,
    intent: await record(owner, {
      ...known,
      state: 'failed',
      problem: 'You said your wallet did not pay this. Nothing is recorded as paid.',
    }),
  }
}
