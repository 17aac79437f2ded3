/**
 * Events for the reputation bench, signed once and kept in `.bench/` (signing ~35,000 events takes
 * minutes): one troubleshooter with 9,000 deals (a ticket by one of 500 Bitcoiners, accepted, and
 * the troubleshooter's offer on it), 10,000 reviews of them (9,000 by the ticket's author — half
 * SatShoot-style without `p` — 500 newer reviews replacing earlier ones, 500 by strangers) and
 * 1,000 zap receipts by an LNURL server for the first 1,000 deals, with regtest invoices.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { NostrEvent } from 'nostr-tools'
import { makeZapReceipt } from 'nostr-tools/nip57'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { issueDemoInvoice } from '../demo-wallet.ts'

const VERSION = 1
export const DEALS = 9_000
export const RECEIPTS = 1_000
const BITCOINERS = 500
const STRANGERS = 100
const T0 = 1_750_000_000

export const benchKey = (label: string) =>
  sha256(utf8ToBytes(`bitcoin-troubleshoot reputation ${label}`))
export const SERVER_SECRET = benchKey('lnurl server')

/** Each event carries the deal it belongs to, so a smaller set is a slice of the same deals. */
export type Tagged = { deal: number; event: NostrEvent }
export type ReputationEvents = {
  troubleshooter: string
  server: string
  tickets: Tagged[]
  offers: Tagged[]
  reviews: Tagged[]
  receipts: Tagged[]
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

const review = (
  key: Uint8Array,
  offer: string,
  troubleshooter: string,
  at: number,
  withP: boolean,
  success: string,
) =>
  finalizeEvent(
    {
      kind: 1986,
      created_at: at,
      content: 'Solved my problem quickly.',
      tags: [
        ['L', 'qts/freelancing'],
        ['l', 'freelancer', 'qts/freelancing'],
        ['rating', success, 'success'],
        ['rating', '1', 'expertise'],
        ['rating', '0', 'communication'],
        ['a', offer],
        ...(withP ? [['p', troubleshooter]] : []),
      ],
    },
    key,
  )

const make = (): ReputationEvents => {
  const tKey = benchKey('troubleshooter')
  const troubleshooter = getPublicKey(tKey)
  const bitcoinerKeys = Array.from({ length: BITCOINERS }, (_, n) => benchKey(`bitcoiner ${n}`))
  const strangerKeys = Array.from({ length: STRANGERS }, (_, n) => benchKey(`stranger ${n}`))
  const out: ReputationEvents = {
    troubleshooter,
    server: getPublicKey(SERVER_SECRET),
    tickets: [],
    offers: [],
    reviews: [],
    receipts: [],
  }
  for (let deal = 0; deal < DEALS; deal++) {
    const bKey = bitcoinerKeys[deal % BITCOINERS] as Uint8Array
    const bitcoiner = getPublicKey(bKey)
    const at = T0 + deal * 60
    const ticketA = `32767:${bitcoiner}:tk${deal}`
    const offerA = `32768:${troubleshooter}:of${deal}`
    out.tickets.push({
      deal,
      event: finalizeEvent(
        {
          kind: 32767,
          created_at: at + 30,
          content: 'My node does not sync.',
          tags: [
            ['d', `tk${deal}`],
            ['title', `Ticket ${deal}`],
            ['s', deal % 10 === 0 ? '3' : '2'],
            ['a', offerA, ''],
            ['p', troubleshooter],
          ],
        },
        bKey,
      ),
    })
    out.offers.push({
      deal,
      event: finalizeEvent(
        {
          kind: 32768,
          created_at: at + 10,
          content: 'I can help.',
          tags: [
            ['d', `of${deal}`],
            ['a', ticketA, ''],
            ['pricing', '0'],
            ['amount', '21'],
            ['p', bitcoiner],
          ],
        },
        tKey,
      ),
    })
    out.reviews.push({
      deal,
      event: review(
        bKey,
        offerA,
        troubleshooter,
        at + 40,
        deal % 2 === 0,
        deal % 7 === 0 ? '0' : '1',
      ),
    })
    if (deal % 18 === 0) {
      // 500 newer reviews of the same deals, and 500 by strangers
      out.reviews.push({ deal, event: review(bKey, offerA, troubleshooter, at + 50, true, '1') })
      const sKey = strangerKeys[deal % STRANGERS] as Uint8Array
      out.reviews.push({ deal, event: review(sKey, offerA, troubleshooter, at + 45, false, '0') })
    }
    if (deal < RECEIPTS)
      out.receipts.push({ deal, event: receipt(bKey, troubleshooter, offerA, at + 35) })
  }
  return out
}

const receipt = (payer: Uint8Array, troubleshooter: string, offer: string, at: number) => {
  const request = finalizeEvent(
    {
      kind: 9734,
      created_at: at,
      content: '',
      tags: [
        ['p', troubleshooter],
        ['a', offer],
        ['amount', '21000'],
        ['relays', 'wss://relay.example.com'],
      ],
    },
    payer,
  )
  const description = JSON.stringify(request)
  const { invoice } = issueDemoInvoice({
    amountMsats: 21_000,
    descriptionHash: createHash('sha256').update(description).digest('hex'),
    payeeSecret: hex(SERVER_SECRET),
  })
  return finalizeEvent(
    makeZapReceipt({ zapRequest: description, bolt11: invoice, paidAt: new Date((at + 1) * 1000) }),
    SERVER_SECRET,
  )
}

/** The bench's events, from `.bench/` when they were made before. */
export const reputationEvents = async (root: string): Promise<ReputationEvents> => {
  const file = `${root}/.bench/reputation-v${VERSION}.json`
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as ReputationEvents
  const events = make()
  await mkdir(`${root}/.bench`, { recursive: true })
  await writeFile(file, JSON.stringify(events))
  return events
}
