import { verifyPreimage } from '@/lightning/bolt11'
import type { Network } from '@/lightning/bolt11'
import { readPayableInvoice } from '@/lightning/payable'
import { accept, reject } from '@/nostr/read-result'
import type { ReadResult } from '@/nostr/read-result'
import { deviceStorage } from '@/storage/device-storage'
import { lightningNetwork } from '@/storage/lightning-network'
import { keepIntent, readIntent, readIntents } from '@/storage/payment-intents'
import type { PaymentIntent } from '@/storage/payment-intents'
import { showIntent } from '@/stores/payments'
import { useSession } from '@/stores/session'
import { REQUEST_TTL_SECONDS, WalletFailure } from '@/wallet/nwc'
import type { WalletConnection } from '@/wallet/nwc'
import { sendPaymentReceipt } from './payment-receipt'
import { currentWallet } from './wallet'

/**
 * Paying a payment request exactly once, whatever the network does. The intent is kept (sealed)
 * before the wallet is asked; a request already asked for is never sent again, only looked up.
 * A wallet error code is a definite failure (nothing paid, a new attempt is allowed). No answer
 * is not a failure: the wallet is asked (`lookup_invoice`) until the payment settled, failed, or
 * the wallet says it never started it once the request has expired. Paid means proven:
 * sha256(preimage) = the invoice's payment hash; the payee then gets a receipt (payment-receipt.ts).
 */

export type PayRequest = {
  id: string
  /**
   * The invoice to pay, or how to get one when none is attached (a zap invoice from the payee's
   * lightning address): asked for only when this request was never sent to a wallet.
   */
  invoice: string | (() => Promise<string>)
  amountMsats: number
  payee: string
  purpose: string
  /** The thread the request came in (ticket address and title): where the receipt goes. */
  ticket?: string
  subject?: string
}

export type PayOptions = {
  /** The lightning network invoices must be for; the app's setting when omitted. */
  network?: Network
  /** How long the wallet's answer is awaited before asking it instead (at least 90 s for people). */
  patienceMs?: number
  /** How often the wallet is asked while the outcome is unknown. */
  lookupEveryMs?: number
}

export type PayOutcome = { ok: true; intent: PaymentIntent } | { ok: false; problem: string }

const PATIENCE_MS = 90_000
const LOOKUP_EVERY_MS = 5_000
/** Clocks differ: a request counts as expired at the wallet only this long after its expiration. */
const CLOCK_MARGIN_SECONDS = 60

const nowSeconds = () => Math.floor(Date.now() / 1000)
const wait = (ms: number) => new Promise<undefined>((done) => setTimeout(() => done(undefined), ms))

const running = new Map<string, Promise<PayOutcome>>()

/** The signed-in person, whose payment records these are. */
export const ownerNow = () => {
  const session = useSession.getState()
  return session.status === 'signed-in' ? session.pubkey : undefined
}

/** Keeps `intent` (committed before anything else happens) and shows it. */
export const record = async (owner: string, intent: PaymentIntent): Promise<PaymentIntent> => {
  await keepIntent(owner, intent)
  showIntent(intent)
  return intent
}

const proves = (intent: PaymentIntent, preimage: string | undefined) =>
  preimage !== undefined && verifyPreimage(intent, preimage)

/** A paid intent's receipt goes to the payee once (also when a reload interrupted it). */
export const withReceipt = async (owner: string, intent: PaymentIntent): Promise<PaymentIntent> =>
  intent.state === 'paid' && !intent.receiptSent && sendPaymentReceipt(intent)
    ? record(owner, { ...intent, receiptSent: true })
    : intent

/** Records how a payment ended (paid with its proof, or failed and why) and says so. */
const conclude = async (
  owner: string,
  intent: PaymentIntent,
  end: Pick<PaymentIntent, 'state' | 'preimage' | 'problem'>,
): Promise<PayOutcome> => ({
  ok: true,
  intent: await withReceipt(owner, await record(owner, { ...intent, ...end })),
})

/** The attached invoice, or one fetched for this payment; a plain reason when there is none. */
const invoiceFor = async (request: PayRequest): Promise<ReadResult<string>> => {
  if (typeof request.invoice === 'string') return accept(request.invoice)
  try {
    return accept(await request.invoice())
  } catch (error) {
    return reject(error instanceof Error ? error.message : 'Could not get an invoice to pay.')
  }
}

/**
 * The invoice to pay for `request` (attached, or fetched) once it passed every check before paying
 * (readPayableInvoice: amount, network, expiry, description); a plain reason otherwise.
 */
export const payableInvoice = async (
  request: PayRequest,
  network?: Network,
): Promise<ReadResult<{ invoice: string; paymentHash: string }>> => {
  const invoice = await invoiceFor(request)
  if (!invoice.ok) return invoice
  const checked = readPayableInvoice(invoice.value, {
    amountMsats: request.amountMsats,
    network: network ?? lightningNetwork(deviceStorage()),
    now: nowSeconds(),
  })
  if (!checked.ok) return checked
  return accept({ invoice: invoice.value, paymentHash: checked.value.paymentHash })
}

/** Routes paid outside Nostr Wallet Connect: their outcome is known only to the person. */
const OUTSIDE_NWC: ReadonlySet<PaymentIntent['route']> = new Set(['webln', 'manual'])

/** Whether `intent` went to a wallet this app cannot look payments up in (WebLN, a QR code). */
export const paidOutsideNwc = (intent: PaymentIntent): boolean => OUTSIDE_NWC.has(intent.route)

/** Asks the wallet until the outcome is known (or this wallet connection is gone). */
const settle = async (
  owner: string,
  wallet: WalletConnection,
  asked: PaymentIntent,
  options: Pick<PayOptions, 'lookupEveryMs'>,
  lateAnswer: Promise<string | undefined> = Promise.resolve(undefined),
): Promise<PayOutcome> => {
  const intent = await record(owner, { ...asked, state: 'checking' })
  let late: string | undefined
  void lateAnswer.then((preimage) => (late = preimage))
  for (;;) {
    if (proves(intent, late)) return conclude(owner, intent, { state: 'paid', preimage: late })
    try {
      const found = await wallet.lookupPayment(intent.paymentHash)
      if (found.state === 'settled' && proves(intent, found.preimage))
        return conclude(owner, intent, { state: 'paid', preimage: found.preimage })
      if (found.state === 'failed')
        return conclude(owner, intent, {
          state: 'failed',
          problem: 'The payment failed in your wallet. Nothing was paid.',
        })
      const expired = nowSeconds() > intent.askedAt + REQUEST_TTL_SECONDS + CLOCK_MARGIN_SECONDS
      if (found.state === 'unknown-to-wallet' && expired)
        return conclude(owner, intent, {
          state: 'failed',
          problem: 'Your wallet never made this payment. Nothing was paid.',
        })
    } catch {
      // the wallet did not answer this time either: ask again
    }
    await Promise.race([wait(options.lookupEveryMs ?? LOOKUP_EVERY_MS), lateAnswer])
    // signed out, or another wallet: the intent stays "checking" and is looked up again later
    if (currentWallet() !== wallet || ownerNow() !== owner) return { ok: true, intent }
  }
}

const pay = async (request: PayRequest, options: PayOptions): Promise<PayOutcome> => {
  const owner = ownerNow()
  if (!owner) return { ok: false, problem: 'Sign in first.' }
  const wallet = currentWallet()
  if (!wallet) return { ok: false, problem: 'Connect a wallet first, on the Wallet page.' }
  const known = await readIntent(owner, request.id)
  if (known?.state === 'paid') return { ok: true, intent: await withReceipt(owner, known) }
  // handed to another wallet (WebLN, a QR code) and not settled: only the person can tell
  if (known && known.state !== 'failed' && paidOutsideNwc(known)) return { ok: true, intent: known }
  // asked before (maybe in another session): never again, only looked up
  if (known && known.state !== 'failed') return settle(owner, wallet, known, options)

  const checked = await payableInvoice(request, options.network)
  if (!checked.ok) return { ok: false, problem: checked.reason }
  const intent = await record(owner, {
    ...request,
    invoice: checked.value.invoice,
    route: typeof request.invoice === 'string' ? 'invoice' : 'zap',
    paymentHash: checked.value.paymentHash,
    state: 'paying',
    askedAt: nowSeconds(),
  })

  const answer = wallet.payInvoice(checked.value.invoice).then(
    ({ preimage }) => ({ preimage }) as const,
    (error: unknown) => ({ error }) as const,
  )
  const outcome = await Promise.race([answer, wait(options.patienceMs ?? PATIENCE_MS)])
  if (outcome && 'preimage' in outcome && proves(intent, outcome.preimage))
    return conclude(owner, intent, { state: 'paid', preimage: outcome.preimage })
  const { error } = outcome && 'error' in outcome ? outcome : { error: undefined }
  if (error instanceof WalletFailure && error.kind === 'refused')
    return conclude(owner, intent, { state: 'failed', problem: error.message })
  // no answer in time, a lost connection, or an answer without proof: ask the wallet instead
  const late = answer.then((answered) => ('preimage' in answered ? answered.preimage : undefined))
  return settle(owner, wallet, intent, options, late)
}

/**
 * One run per payment request id, whatever the route: a second call while one runs gets the same
 * outcome.
 */
export const once = (id: string, start: () => Promise<PayOutcome>): Promise<PayOutcome> => {
  const current = running.get(id)
  if (current) return current
  const run = start().finally(() => running.delete(id))
  running.set(id, run)
  return run
}

/**
 * Pays payment request `request.id` at most once: a second call while the first runs gets the
 * same outcome, and a request this device already asked a wallet to pay is only looked up.
 * `ok: false` means the wallet was not asked (and why); otherwise the intent says where it stands.
 */
export const payOnce = (request: PayRequest, options: PayOptions = {}): Promise<PayOutcome> =>
  once(request.id, () => pay(request, options))

/** Shows every payment this device kept (the payments page), without asking any wallet. */
export const loadIntents = async (): Promise<void> => {
  const owner = ownerNow()
  if (owner) for (const intent of await readIntents(owner)) showIntent(intent)
}

/** Shows what this device knows of payment request `id` (after a reload, say). */
export const loadIntent = async (id: string): Promise<void> => {
  const owner = ownerNow()
  const intent = owner ? await readIntent(owner, id) : undefined
  if (intent) showIntent(intent)
}

/** The wallet connection whose unknown payments are being looked up already. */
let resumedWith: WalletConnection | undefined

/**
 * Shows every payment this device kept and looks up those whose outcome it does not know yet
 * (after a reload): once per wallet connection, however many screens ask.
 */
export const resumePayments = async (
  options: Pick<PayOptions, 'lookupEveryMs'> = {},
): Promise<void> => {
  const owner = ownerNow()
  const wallet = currentWallet()
  if (!owner || !wallet || resumedWith === wallet) return
  resumedWith = wallet
  for (const intent of await readIntents(owner)) {
    showIntent(intent)
    if (intent.state === 'paid') void withReceipt(owner, intent)
    if ((intent.state === 'paying' || intent.state === 'checking') && !paidOutsideNwc(intent))
      void once(intent.id, () => settle(owner, wallet, intent, options))
  }
}
