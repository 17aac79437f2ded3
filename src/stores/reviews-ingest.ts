import type { NostrEvent } from 'nostr-tools'
import { dueFrom, isDueAt } from '@/nostr/clock'
import { Kind } from '@/nostr/kinds'
import { NUTZAP_KIND } from '@/nostr/reputation-nutzaps'
import { readReview, reviewedPersonOf } from '@/nostr/review'
import { isHex64 } from '@/nostr/tags'
import type { AboutPerson } from './reviews'
import { useReviews } from './reviews'

/**
 * The one way reviews and zap receipts reach the reviews store: verified by src/ndk, put in the
 * store in bursts. Reviews dated further ahead than the clock allows wait for their time (a
 * review dated in the future would otherwise stay "the newest" of its deal for ever).
 */

const FLUSH_DELAY_MS = 50
let reviews: AboutPerson[] = []
let receipts: AboutPerson[] = []
let dealEvents: NostrEvent[] = []
let nutzaps: AboutPerson[] = []
let flushTimer: ReturnType<typeof setTimeout> | undefined

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** Puts everything gathered so far into the store. */
export const flushReviews = (): void => {
  clearTimeout(flushTimer)
  flushTimer = undefined
  const store = useReviews.getState()
  if (reviews.length > 0) store.addReviews(reviews)
  if (receipts.length > 0) store.addZapReceipts(receipts)
  if (dealEvents.length > 0) store.addDealEvents(dealEvents)
  if (nutzaps.length > 0) store.addNutzaps(nutzaps)
  nutzaps = []
  reviews = []
  receipts = []
  dealEvents = []
}

const schedule = () => {
  flushTimer ??= setTimeout(flushReviews, FLUSH_DELAY_MS)
}

/** The person a review is about: the reviewed person, or the author of what it names. */
const reviewedPerson = (event: NostrEvent): string | undefined => {
  const read = readReview(event)
  if (!read.ok) return reviewedPersonOf(event)
  return read.value.about === 'troubleshooter' ? read.value.troubleshooter : read.value.bitcoiner
}

/**
 * Files a verified review event under the person it reviews (for one that cannot be read, the
 * author of the address it names); else under `queriedFor`, the person whose reviews were asked
 * for, so the reputation rules can judge it.
 */
export const ingestReview = (event: NostrEvent, queriedFor?: string): void => {
  if (event.kind !== Kind.Label) return
  if (!isDueAt(event.created_at, nowSeconds())) {
    const wait = Math.min((dueFrom(event.created_at) - nowSeconds()) * 1000, 2 ** 31 - 1)
    setTimeout(() => ingestReview(event, queriedFor), Math.max(wait, 1000))
    return
  }
  const person = reviewedPerson(event) ?? queriedFor
  if (person === undefined) return
  reviews.push({ person, event })
  schedule()
}

const recipientOf = (event: NostrEvent) => {
  const person = event.tags.find((tag) => tag[0] === 'p')?.[1]
  return isHex64(person) ? person : undefined
}

/**
 * Files a verified zap receipt under the person its `p` names (who it says was paid); whether it
 * proves a payment is decided later, against their lightning address server's key.
 */
export const ingestZapReceipt = (event: NostrEvent): void => {
  const person = recipientOf(event)
  if (event.kind !== Kind.Zap || !person) return
  receipts.push({ person, event })
  schedule()
}

/** Files a Cashu nutzap under the person its `p` names: shown apart, never counted. */
export const ingestNutzap = (event: NostrEvent): void => {
  const person = recipientOf(event)
  if (event.kind !== NUTZAP_KIND || !person) return
  nutzaps.push({ person, event })
  schedule()
}

/** Keeps a verified SatShoot order or card (raw: its `a` tags prove SatShoot's deals). */
export const ingestDealEvent = (event: NostrEvent): void => {
  // dated in the future: left out now, as a version that could win for ever
  if (!isDueAt(event.created_at, nowSeconds())) return
  dealEvents.push(event)
  schedule()
}
