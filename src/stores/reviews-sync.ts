import type { Filter, NostrEvent } from 'nostr-tools'
import { subscribe } from '@/ndk/subscribe'
import { Kind } from '@/nostr/kinds'
import { NUTZAP_KIND } from '@/nostr/reputation-nutzaps'
import { SATSHOOT_ORDER_KIND } from '@/nostr/satshoot-order'
import { useMarketplace } from './marketplace'
import { ingestNow } from './marketplace-ingest'
import { watchMarketplace } from './marketplace-sync'
import { relaysForFilters } from './relay-choice'
import { useReviews } from './reviews'
import { RAW_KINDS, addressesOf, kindOf, missingFilters } from './reviews-addresses'
import {
  flushReviews,
  ingestDealEvent,
  ingestNutzap,
  ingestReview,
  ingestZapReceipt,
} from './reviews-ingest'
import { watchZapSigner } from './zap-signer'

/**
 * What is fetched about one person is capped, so that a person with a huge history (or a relay
 * flooding us) cannot stall the page: the newest REVIEWS_LIMIT reviews per filter (by `#p`, and
 * per chunk of their addresses by `#a`), their newest DEALS_LIMIT tickets, offers and orders (and
 * tickets naming them), the newest RECEIPTS_LIMIT zap receipts per chunk of offers and orders,
 * and as many Cashu nutzaps naming them. Figures are computed from what arrived.
 */
export const REVIEWS_LIMIT = 1000
export const DEALS_LIMIT = 500
export const RECEIPTS_LIMIT = 1000
/** Addresses per `#a` subscription. */
const ADDRESS_CHUNK = 100
/** New addresses are gathered this long before they are asked about. */
const CHUNK_DELAY_MS = 50
/** A watch nobody wants any more is kept this long, so a remount reuses it. */
const LINGER_MS = 1000

type Watch = {
  refs: number
  settled: boolean
  listeners: Set<() => void>
  stop: () => void
  lingerTimer?: ReturnType<typeof setTimeout>
}

const watches = new Map<string, Watch>()

/** Stored tickets, offers and cards by `person`, and the tickets naming them. */
export const dealFilters = (person: string): Filter[] => [
  { kinds: [Kind.Ticket], authors: [person], limit: DEALS_LIMIT },
  { kinds: [Kind.Offer], authors: [person], limit: DEALS_LIMIT },
  { kinds: [Kind.TroubleshooterCard], authors: [person] },
  { kinds: [Kind.Ticket], '#p': [person], limit: DEALS_LIMIT },
]

/**
 * Opens everything behind one person's reputation: their deals, the reviews about them by `#p`
 * and by `#a` on each of their offers, tickets, cards and orders (SatShoot's reviews carry no
 * `p`), the tickets and orders that accepted their offers and cards, the zap receipts on both
 * sides' offers and orders, and the keys that sign those receipts. Addresses found later (a new
 * offer, a review naming an offer not loaded yet) are asked about in chunks, and what they name
 * is fetched when no store has it.
 */
const open = (person: string, entry: Watch): (() => void) => {
  const releases: (() => void)[] = []
  const covered = new Set<string>()
  let waiting = 0
  let chunkTimer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  const settleIfDone = () => {
    if (stopped || entry.settled || waiting > 0 || chunkTimer !== undefined) return
    flushReviews()
    entry.settled = true
    useReviews.getState().settle(person)
    for (const listener of entry.listeners) listener()
    entry.listeners.clear()
  }
  /** One more subscription to wait for; the returned function says it sent what it has. */
  const awaited = (): (() => void) => {
    waiting += 1
    let done = false
    return () => {
      if (done) return
      done = true
      waiting -= 1
      settleIfDone()
    }
  }
  const watch = (filters: Filter[], onEvent: (event: NostrEvent) => void) => {
    if (filters.length === 0) return
    const onEose = awaited()
    releases.push(subscribe(filters, { onEvent, onEose }, { relays: relaysForFilters(filters) }))
  }
  const watchMarket = (filters: Filter[]) => {
    if (filters.length === 0) return
    const done = awaited()
    // offers are read by code fetched with the first one: wait until they are in the store too
    const onEose = () => void ingestNow([]).then(done)
    releases.push(watchMarketplace(filters, { onEose }))
  }
  const onReview = (event: NostrEvent) => ingestReview(event, person)
  const receiptsOn = (addresses: string[]) =>
    addresses.length === 0 ? [] : [{ kinds: [Kind.Zap], '#a': addresses, limit: RECEIPTS_LIMIT }]

  const askAboutOwn = (chunk: string[]) => {
    const ofKind = (kind: number) => chunk.filter((address) => kindOf(address) === kind)
    const offers = ofKind(Kind.Offer)
    const cards = ofKind(Kind.TroubleshooterCard)
    watch([{ kinds: [Kind.Label], '#a': chunk, limit: REVIEWS_LIMIT }], onReview)
    // the tickets that accepted these offers and the orders of these cards prove the deals
    if (offers.length > 0) watchMarket([{ kinds: [Kind.Ticket], '#a': offers }])
    if (cards.length > 0)
      watch([{ kinds: [SATSHOOT_ORDER_KIND], '#a': cards, limit: DEALS_LIMIT }], ingestDealEvent)
    watch(receiptsOn([...offers, ...ofKind(SATSHOOT_ORDER_KIND)]), ingestZapReceipt)
  }
  const askAboutPaidTo = (chunk: string[]) => {
    watch(receiptsOn(chunk.filter((address) => kindOf(address) === Kind.Offer)), ingestZapReceipt)
    for (const pubkey of new Set(chunk.map((address) => address.split(':')[1] ?? '')))
      releases.push(watchZapSigner(pubkey))
  }
  const askAbout = () => {
    chunkTimer = undefined
    const { own, paidTo } = addressesOf(person)
    const fresh = (set: Set<string>, side: string) =>
      [...set].filter((address) => !covered.has(`${side} ${address}`))
    const plan: [string[], string, (chunk: string[]) => void][] = [
      [fresh(own, 'own'), 'own', askAboutOwn],
      [fresh(paidTo, 'paid'), 'paid', askAboutPaidTo],
    ]
    for (const [addresses, side, ask] of plan) {
      for (let i = 0; i < addresses.length; i += ADDRESS_CHUNK) {
        const chunk = addresses.slice(i, i + ADDRESS_CHUNK)
        for (const address of chunk) covered.add(`${side} ${address}`)
        ask(chunk)
        const missing = missingFilters(chunk)
        watchMarket(missing.market)
        watch(missing.raw, ingestDealEvent)
      }
    }
    settleIfDone()
  }
  const noticeAddresses = () => {
    if (stopped || chunkTimer !== undefined) return
    chunkTimer = setTimeout(askAbout, CHUNK_DELAY_MS)
  }

  watchMarket(dealFilters(person))
  watch([{ kinds: [...RAW_KINDS], authors: [person], limit: DEALS_LIMIT }], ingestDealEvent)
  watch([{ kinds: [Kind.Label], '#p': [person], limit: REVIEWS_LIMIT }], onReview)
  watch([{ kinds: [NUTZAP_KIND], '#p': [person], limit: RECEIPTS_LIMIT }], ingestNutzap)
  releases.push(
    useMarketplace.subscribe((state, before) => {
      if (
        state.tickets !== before.tickets ||
        state.offers !== before.offers ||
        state.cards !== before.cards
      )
        noticeAddresses()
    }),
    useReviews.subscribe((state, before) => {
      if (
        state.reviews[person] !== before.reviews[person] ||
        state.orders !== before.orders ||
        state.cards !== before.cards
      )
        noticeAddresses()
    }),
    watchZapSigner(person),
  )
  noticeAddresses()

  return () => {
    stopped = true
    clearTimeout(chunkTimer)
    for (const release of releases) release()
  }
}

/**
 * Keeps the reviews store (and the marketplace store, for the deals) fed with what a person's
 * reputation is computed from, live, until the returned function is called. Every component
 * asking about the same person shares one set of subscriptions (counted references); `onSettled`
 * is called once the relays sent what they had stored (at once if that already happened).
 */
export const watchPersonReputation = (
  person: string,
  options: { onSettled?: () => void } = {},
): (() => void) => {
  const key = `${person} ${relaysForFilters(dealFilters(person)).join(' ')}`
  let entry = watches.get(key)
  if (!entry) {
    const created: Watch = { refs: 0, settled: false, listeners: new Set(), stop: () => {} }
    watches.set(key, created)
    const close = open(person, created)
    created.stop = () => {
      close()
      watches.delete(key)
    }
    entry = created
  }
  clearTimeout(entry.lingerTimer)
  entry.refs += 1
  const current = entry
  let released = false
  const onSettled = options.onSettled && (() => !released && options.onSettled?.())
  if (onSettled) {
    if (current.settled) queueMicrotask(onSettled)
    else current.listeners.add(onSettled)
  }
  return () => {
    if (released) return
    released = true
    if (onSettled) current.listeners.delete(onSettled)
    current.refs -= 1
    if (current.refs > 0) return
    current.lingerTimer = setTimeout(() => {
      if (current.refs === 0) current.stop()
    }, LINGER_MS)
  }
}
