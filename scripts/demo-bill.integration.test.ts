import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { NostrEvent } from 'nostr-tools'
import * as nip44 from 'nostr-tools/nip44'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { readPayableInvoice } from '@/lightning/payable'
import { formatAddress } from '@/nostr/address'
import type { OpenedWrap } from '@/nostr/chat-open'
import { openWrap } from '@/nostr/chat-open'
import { readOffer } from '@/nostr/offer'
import { readTicket } from '@/nostr/ticket'
import { openWallet } from '@/wallet/nwc'
import { billedAmount, seedDemoBill } from './demo-bill'
import type { DemoIdentity } from './demo-keys'
import { halNodeworth, satoshiNewcomer } from './demo-keys'
import { keepInvoiceBookIn } from './demo-wallet'
import { startRelay } from './relay'
import type { LocalRelay } from './relay'
import { queryEvents } from './relay-io'
import { seedDemo } from './seed-demo'

// npm start's demo bill on a real relay: what the Bitcoiner's app finds in their gift wraps, and
// whether the demo wallet of a later start (a fresh module: an empty invoice book) can pay it.
let relay: LocalRelay
let dataDir: string
let bookFile: string

beforeAll(async () => {
  relay = await startRelay()
  dataDir = mkdtempSync(join(tmpdir(), 'demo-bill-'))
  bookFile = join(dataDir, 'invoice-book.json')
  keepInvoiceBookIn(bookFile)
  await seedDemo(relay.url, Math.floor(Date.now() / 1000))
})
afterAll(async () => {
  await relay.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const wrapsFor = (person: DemoIdentity) =>
  queryEvents(relay.url, [{ kinds: [1059], '#p': [person.pubkey] }])

const openAll = async (wraps: NostrEvent[], reader: DemoIdentity): Promise<OpenedWrap[]> => {
  const decrypt = async (peer: string, payload: string) =>
    nip44.decrypt(payload, nip44.getConversationKey(reader.secretKey, peer))
  const opened = await Promise.all(wraps.map((wrap) => openWrap(wrap, decrypt)))
  return opened.flatMap((result) => (result.ok ? [result.value] : []))
}

/** The payment requests in a person's wraps, as the app reads them. */
const requestsFor = async (person: DemoIdentity) =>
  (await openAll(await wrapsFor(person), person)).filter((o) => o.message.paymentRequest)

const theInvoice = async () => {
  const [request] = await requestsFor(satoshiNewcomer)
  return request!.message.paymentRequest!
}

describe('the demo bill', () => {
  it('puts one payment request from the accepted troubleshooter in the ticket thread', async () => {
    expect(await seedDemoBill(relay.url)).toEqual({ state: 'published' })
    const opened = await openAll(await wrapsFor(satoshiNewcomer), satoshiNewcomer)
    const requests = opened.filter((o) => o.message.paymentRequest)
    expect(requests).toHaveLength(1)
    const { message } = requests[0]!
    expect(message.sender).toBe(halNodeworth.pubkey)
    expect(message.recipient).toBe(satoshiNewcomer.pubkey)

    // the ticket on the relay accepted exactly the offer the request bills, at that offer's price
    const [ticketEvent] = await queryEvents(relay.url, [
      { kinds: [32767], authors: [satoshiNewcomer.pubkey], '#d': [message.ticket!.d] },
    ])
    const ticket = readTicket(ticketEvent!)
    if (!ticket.ok) throw new Error(ticket.reason)
    expect(ticket.value.status).toBe('in-progress')
    expect(message.subject).toBe(ticket.value.title)
    const request = message.paymentRequest!
    expect(formatAddress(request.offer)).toBe(formatAddress(ticket.value.acceptedOffer!))
    const [offerEvent] = await queryEvents(relay.url, [
      { kinds: [32768], authors: [request.offer.pubkey], '#d': [request.offer.d] },
    ])
    const offer = readOffer(offerEvent!)
    if (!offer.ok || offer.value.pricing.kind !== 'fixed') throw new Error('a fixed-price offer')
    expect(request.msats).toBe(offer.value.pricing.sats * 1000)

    // the invoice passes every check the app makes before paying
    const invoice = readPayableInvoice(request.bolt11!, {
      amountMsats: request.msats,
      network: 'bcrt',
      now: Math.floor(Date.now() / 1000),
    })
    if (!invoice.ok) throw new Error(invoice.reason)
    expect(invoice.value.description).toContain(ticket.value.title)

    // chat before it, in the same thread; the troubleshooter holds the same request (sender copy)
    const chat = opened.filter((o) => !o.message.paymentRequest)
    expect(chat.length).toBeGreaterThanOrEqual(2)
    expect(chat.every((o) => o.message.ticket?.d === message.ticket!.d)).toBe(true)
    expect(chat.every((o) => o.message.at < message.at)).toBe(true)
    const copies = await requestsFor(halNodeworth)
    expect(copies.map((o) => o.message.id)).toEqual([message.id])
  })

  it('is seeded once: a second start adds no wraps', async () => {
    const before = (await wrapsFor(satoshiNewcomer)).map((wrap) => wrap.id).sort()
    expect(await seedDemoBill(relay.url)).toEqual({ state: 'kept' })
    const after = (await wrapsFor(satoshiNewcomer)).map((wrap) => wrap.id).sort()
    expect(after).toEqual(before)
    expect(await requestsFor(satoshiNewcomer)).toHaveLength(1)
  })

  it('stays payable after a restart only through the kept invoice book, and only once', async () => {
    const request = await theInvoice()
    const restart = async (keepBook: boolean) => {
      vi.resetModules()
      const wallets = await import('./demo-wallet')
      if (keepBook) wallets.keepInvoiceBookIn(bookFile)
      return wallets.startDemoWallet({ relayUrl: relay.url, balanceSats: 100_000 })
    }
    const payWith = async (wallet: { uri: string }) => {
      const connection = await openWallet(wallet.uri, { allowNip04: false })
      try {
        return await connection.payInvoice(request.bolt11!)
      } finally {
        connection.close()
      }
    }

    const forgetful = await restart(false)
    await expect(payWith(forgetful)).rejects.toMatchObject({ kind: 'refused' })
    expect(forgetful.payments()).toEqual([])
    await forgetful.stop()

    const restarted = await restart(true)
    const { preimage } = await payWith(restarted)
    const hash = createHash('sha256').update(Buffer.from(preimage, 'hex')).digest('hex')
    expect(restarted.payments().map((p) => p.paymentHash)).toEqual([hash])
    expect(restarted.balanceMsats()).toBe(100_000_000 - request.msats)
    await expect(payWith(restarted)).rejects.toMatchObject({ kind: 'refused' })
    await restarted.stop()

    const later = await restart(true)
    await expect(payWith(later)).rejects.toMatchObject({ kind: 'refused' })
    expect(later.payments()).toEqual([])
    await later.stop()
  })
})

describe('billedAmount', () => {
  it('bills the fixed price, or the minutes at the rate', () => {
    expect(billedAmount({ kind: 'fixed', sats: 8000 }, 40)).toEqual({ msats: 8_000_000 })
    expect(billedAmount({ kind: 'per-minute', satsPerMinute: 50 }, 40)).toEqual({
      msats: 2_000_000,
      minutes: 40,
    })
    expect(billedAmount({ kind: 'per-hour', satsPerHour: 3000 }, 30)).toEqual({
      msats: 1_500_000,
      minutes: 30,
    })
  })
})
