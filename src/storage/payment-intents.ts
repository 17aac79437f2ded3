import { committed, openDatabase, request } from './idb'
import { seal, unseal } from './sealed-box'
import type { Sealed } from './sealed-box'

/**
 * Payments this device asked a wallet to make, written before the wallet is asked (IndexedDB
 * `bt-payments`, one row per payment request, sealed with the person's device key): what makes a
 * payment request paid at most once, across reloads.
 */

/** Where a payment stands. `paying` and `checking`: the outcome is not known yet. */
export type PaymentState = 'paying' | 'checking' | 'paid' | 'failed'

export type PaymentIntent = {
  /** The payment request's id (`payreq`), or another id unique to what is paid. */
  id: string
  invoice: string
  paymentHash: string
  amountMsats: number
  /** Who is paid (hex pubkey) and what for, as the confirmation showed them. */
  payee: string
  purpose: string
  state: PaymentState
  /** When the wallet was asked (unix seconds); the request expires REQUEST_TTL after it. */
  askedAt: number
  /** The proof, once paid: sha256(preimage) = paymentHash. */
  preimage?: string
  /** Why it failed, in plain words (nothing was paid). */
  problem?: string
  /** The thread the request came in (ticket address and title): where the receipt goes. */
  ticket?: string
  subject?: string
  /**
   * How it is paid: the attached invoice or a zap through the payee's lightning address, from the
   * connected wallet (NWC); a browser wallet (WebLN); or any wallet, outside the app, from the
   * invoice shown as a QR code (`manual`).
   */
  route?: 'invoice' | 'zap' | 'webln' | 'manual'
  /** The receipt (request id, invoice, preimage) is in the outbox for the payee. */
  receiptSent?: boolean
}

const DB_NAME = 'bt-payments'
const STORE = 'intents'

type Row = { owner: string; sealed: Sealed }

let db: Promise<IDBDatabase | undefined> | undefined
const open = () =>
  (db ??= openDatabase(DB_NAME, 1, (database) => database.createObjectStore(STORE)))

const rowKey = (owner: string, id: string) => `${owner}:${id}`

/** Writes `intent` for `owner`; resolves once it is committed. Throws when it cannot be kept. */
export const keepIntent = async (owner: string, intent: PaymentIntent): Promise<void> => {
  const database = await open()
  if (!database) throw new Error('This browser cannot keep a record of payments (no IndexedDB).')
  const row: Row = { owner, sealed: await seal(owner, JSON.stringify(intent)) }
  const tx = database.transaction(STORE, 'readwrite')
  tx.objectStore(STORE).put(row, rowKey(owner, intent.id))
  await committed(tx)
}

const openRow = async (owner: string, row: Row): Promise<PaymentIntent | undefined> => {
  const text = await unseal(owner, row.sealed)
  return text ? (JSON.parse(text) as PaymentIntent) : undefined
}

/** `owner`'s intent for payment request `id`, if this device has one. */
export const readIntent = async (owner: string, id: string): Promise<PaymentIntent | undefined> => {
  const database = await open()
  if (!database) return undefined
  const row = (await request(
    database.transaction(STORE, 'readonly').objectStore(STORE).get(rowKey(owner, id)),
  )) as Row | undefined
  return row ? openRow(owner, row) : undefined
}

/** Every intent of `owner` this device keeps. */
export const readIntents = async (owner: string): Promise<PaymentIntent[]> => {
  const database = await open()
  if (!database) return []
  const rows = (await request(
    database.transaction(STORE, 'readonly').objectStore(STORE).getAll(),
  )) as Row[]
  const opened = await Promise.all(
    rows.filter((row) => row.owner === owner).map((row) => openRow(owner, row)),
  )
  return opened.filter((intent): intent is PaymentIntent => intent !== undefined)
}

/** Forgets every payment record (sign-out). */
export const clearIntents = async (): Promise<void> => {
  const database = await open()
  if (!database) return
  await request(database.transaction(STORE, 'readwrite').objectStore(STORE).clear())
}
