import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import bolt11 from 'bolt11'
import { getPublicKey } from 'nostr-tools/pure'
import { WebSocket } from 'ws'

// Node 20 has no global WebSocket; the wallet service's relay code needs one.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

export type DemoWalletOptions = {
  relayUrl: string
  /** What the fake ledger holds at start, in sats. */
  balanceSats: number
  alias?: string
  /** The encryptions the wallet's info event offers (both by default, as real wallets do). */
  encryptions?: 'nip44_v2 nip04' | 'nip04'
  /** Keys, fixed for a demo that restarts; random when omitted. */
  walletSecret?: string
  clientSecret?: string
}

/** A payment the fake ledger made. */
export type LedgerPayment = { paymentHash: string; amountMsats: number; invoice: string }

export type DemoWallet = {
  /** `nostr+walletconnect://…`: the secret a person pastes in the app's Wallet page. */
  uri: string
  walletPubkey: string
  /** The fake ledger's balance, in millisats. */
  balanceMsats(): number
  /** Adds sats to the ledger (a top-up). */
  topUp(sats: number): void
  /** Every payment the ledger made, oldest first. */
  payments(): LedgerPayment[]
  /** The next pay_invoice is refused with this NIP-47 error, and nothing is paid. */
  refuseNextPayment(code: string, message: string): void
  /** Payments are made at once but answered this much later (0: at once; Infinity: never). */
  answerPaymentsAfter(ms: number): void
  stop(): Promise<void>
}

type BookEntry = { preimage: string; amountMsats: number; paid: boolean }

/** Invoices of the fake lightning network: payment hash → what paying it settles. */
const invoiceBook = new Map<string, BookEntry>()

/** Where the invoice book is kept across restarts (keepInvoiceBookIn); in memory only when unset. */
let invoiceBookFile: string | undefined

const saveInvoiceBook = () => {
  if (invoiceBookFile)
    writeFileSync(invoiceBookFile, JSON.stringify(Object.fromEntries(invoiceBook), null, 1))
}

/**
 * Keeps the fake network's invoice book in the JSON file `path` (npm start: .data/), so invoices
 * issued before a restart stay payable, and paid ones stay paid. Loads what the file holds now;
 * every invoice issued or paid afterwards is written back. Without it the book lives in memory.
 */
export const keepInvoiceBookIn = (path: string): void => {
  invoiceBookFile = path
  if (!existsSync(path)) return
  const saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, BookEntry>
  for (const [paymentHash, entry] of Object.entries(saved)) invoiceBook.set(paymentHash, entry)
}

/** What paying an invoice of the fake network settled, as the payee's node sees it. */
export type SettledInvoice = {
  paymentHash: string
  preimage: string
  amountMsats: number
  /** Unix seconds. */
  paidAt: number
}

const settledListeners = new Map<string, Set<(settled: SettledInvoice) => void>>()

/**
 * Calls `listener` when the invoice of `paymentHash` is paid through a demo wallet (what an LNURL
 * server hears from its node). Returns a function that stops listening.
 */
export const onInvoiceSettled = (
  paymentHash: string,
  listener: (settled: SettledInvoice) => void,
): (() => void) => {
  const listeners = settledListeners.get(paymentHash) ?? new Set()
  listeners.add(listener)
  settledListeners.set(paymentHash, listeners)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) settledListeners.delete(paymentHash)
  }
}

const announceSettled = (settled: SettledInvoice) => {
  for (const listener of settledListeners.get(settled.paymentHash) ?? []) {
    try {
      listener(settled)
    } catch (error) {
      console.error('demo wallet: a settlement listener failed', error)
    }
  }
}

/** A regtest network for bolt11 (BOLT #11 prefix `lnbcrt`). */
const REGTEST = { bech32: 'bcrt', pubKeyHash: 111, scriptHash: 196, validWitnessVersions: [0, 1] }

/**
 * Issues a signed regtest invoice on the fake lightning network (what a wallet's make_invoice or an
 * LNURL server returns); paying it through a demo wallet settles it with its preimage.
 */
export const issueDemoInvoice = (options: {
  amountMsats: number
  description?: string
  descriptionHash?: string
  payeeSecret: string
  expirySeconds?: number
}): { invoice: string; paymentHash: string } => {
  const preimage = randomBytes(32)
  const paymentHash = createHash('sha256').update(preimage).digest('hex')
  const encoded = bolt11.encode({
    network: REGTEST,
    millisatoshis: String(options.amountMsats),
    timestamp: Math.floor(Date.now() / 1000),
    tags: [
      { tagName: 'payment_hash', data: paymentHash },
      { tagName: 'payment_secret', data: randomBytes(32).toString('hex') },
      options.descriptionHash
        ? { tagName: 'purpose_commit_hash', data: options.descriptionHash }
        : { tagName: 'description', data: options.description ?? '' },
      { tagName: 'expire_time', data: options.expirySeconds ?? 3600 },
    ],
  })
  const invoice = bolt11.sign(encoded, options.payeeSecret).paymentRequest ?? ''
  invoiceBook.set(paymentHash, {
    preimage: preimage.toString('hex'),
    amountMsats: options.amountMsats,
    paid: false,
  })
  saveInvoiceBook()
  return { invoice, paymentHash }
}

const paymentHashOf = (invoice: string): string | undefined => {
  try {
    const tag = bolt11.decode(invoice, REGTEST).tags.find((t) => t.tagName === 'payment_hash')
    return typeof tag?.data === 'string' ? tag.data : undefined
  } catch {
    return undefined
  }
}

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

const hexKey = () => randomBytes(32).toString('hex')

/**
 * A NIP-47 wallet service over a fake ledger (@getalby/sdk's NWCWalletService): it publishes its
 * kind 13194 info event on `relayUrl` and answers get_info, get_balance, pay_invoice (invoices of
 * the fake network, see issueDemoInvoice), lookup_invoice and make_invoice for one connection.
 * An honest wallet for the demo and the tests; it moves no real sats. Prints nothing.
 */
export const startDemoWallet = async (options: DemoWalletOptions): Promise<DemoWallet> => {
  const { NWCWalletService, NWCWalletServiceKeyPair } = await import('@getalby/sdk/nwc')
  const walletSecret = options.walletSecret ?? hexKey()
  const clientSecret = options.clientSecret ?? hexKey()
  const walletPubkey = getPublicKey(Buffer.from(walletSecret, 'hex'))
  const clientPubkey = getPublicKey(Buffer.from(clientSecret, 'hex'))
  let balanceMsats = options.balanceSats * 1000

  const service = new NWCWalletService({ relayUrls: [options.relayUrl] })
  const methods = [
    'get_info',
    'get_balance',
    'pay_invoice',
    'lookup_invoice',
    'make_invoice',
  ] as const
  const payments: LedgerPayment[] = []
  let refusal: { code: string; message: string } | undefined
  let answerAfterMs = 0
  const refuse = (code: string, message: string) => ({
    result: undefined,
    error: { code, message },
  })
  await service.publishWalletServiceInfoEvent(walletSecret, [...methods], [])
  if (options.encryptions === 'nip04') {
    // the SDK always offers both: a wallet that only speaks NIP-04 says so in a newer info event
    const { finalizeEvent } = await import('nostr-tools/pure')
    const info = finalizeEvent(
      {
        kind: 13194,
        created_at: Math.floor(Date.now() / 1000) + 1,
        tags: [['encryption', 'nip04']],
        content: methods.join(' '),
      },
      Buffer.from(walletSecret, 'hex'),
    )
    await Promise.any(service.pool.publish([options.relayUrl], info))
  }
  const keypair = new NWCWalletServiceKeyPair(walletSecret, clientPubkey)
  const unsubscribe = await service.subscribe(keypair, {
    getInfo: async () => ({
      result: {
        alias: options.alias ?? 'Demo wallet',
        color: '#f7931a',
        pubkey: walletPubkey,
        network: 'regtest',
        block_height: 1,
        block_hash: '00'.repeat(32),
        methods: [...methods],
      },
      error: undefined,
    }),
    getBalance: async () => ({ result: { balance: balanceMsats }, error: undefined }),
    payInvoice: async ({ invoice }) => {
      if (refusal) {
        const { code, message } = refusal
        refusal = undefined
        return refuse(code, message)
      }
      const paymentHash = paymentHashOf(invoice)
      const entry = paymentHash ? invoiceBook.get(paymentHash) : undefined
      if (!paymentHash || !entry) return refuse('PAYMENT_FAILED', 'no route to the payee')
      if (entry.paid) return refuse('PAYMENT_FAILED', 'invoice already paid')
      if (entry.amountMsats > balanceMsats)
        return refuse('INSUFFICIENT_BALANCE', 'not enough funds')
      balanceMsats -= entry.amountMsats
      entry.paid = true
      saveInvoiceBook()
      payments.push({ paymentHash, amountMsats: entry.amountMsats, invoice })
      announceSettled({
        paymentHash,
        preimage: entry.preimage,
        amountMsats: entry.amountMsats,
        paidAt: Math.floor(Date.now() / 1000),
      })
      if (answerAfterMs === Infinity) return new Promise<never>(() => {})
      if (answerAfterMs > 0) await wait(answerAfterMs)
      return { result: { preimage: entry.preimage, fees_paid: 0 }, error: undefined }
    },
    lookupInvoice: async ({ payment_hash: paymentHash }) => {
      const paid = payments.find((payment) => payment.paymentHash === paymentHash)
      const entry = paymentHash ? invoiceBook.get(paymentHash) : undefined
      if (!paid || !entry) return refuse('NOT_FOUND', 'no such payment')
      const now = Math.floor(Date.now() / 1000)
      return {
        result: {
          type: 'outgoing',
          state: 'settled',
          invoice: paid.invoice,
          description: '',
          description_hash: '',
          preimage: entry.preimage,
          payment_hash: paid.paymentHash,
          amount: paid.amountMsats,
          fees_paid: 0,
          settled_at: now,
          created_at: now,
          expires_at: now + 3600,
        },
        error: undefined,
      }
    },
    makeInvoice: async ({ amount, description, description_hash: descriptionHash, expiry }) => {
      const { invoice, paymentHash } = issueDemoInvoice({
        amountMsats: amount,
        description,
        descriptionHash,
        expirySeconds: expiry,
        payeeSecret: walletSecret,
      })
      const now = Math.floor(Date.now() / 1000)
      return {
        result: {
          type: 'incoming',
          state: 'pending',
          invoice,
          description: description ?? '',
          description_hash: descriptionHash ?? '',
          preimage: '',
          payment_hash: paymentHash,
          amount,
          fees_paid: 0,
          settled_at: 0,
          created_at: now,
          expires_at: now + (expiry ?? 3600),
        },
        error: undefined,
      }
    },
  })

  const relay = encodeURIComponent(options.relayUrl)
  return {
    uri: `nostr+walletconnect://${walletPubkey}?relay=${relay}&secret=${clientSecret}`,
    walletPubkey,
    balanceMsats: () => balanceMsats,
    topUp: (sats) => {
      balanceMsats += sats * 1000
    },
    payments: () => [...payments],
    refuseNextPayment: (code, message) => {
      refusal = { code, message }
    },
    answerPaymentsAfter: (ms) => {
      answerAfterMs = ms
    },
    stop: async () => {
      unsubscribe()
      // the SDK does not await its last answers' OKs: closing under them rejects them unhandled
      await new Promise((settled) => setTimeout(settled, 300))
      service.close()
      balanceMsats = 0
    },
  }
}
