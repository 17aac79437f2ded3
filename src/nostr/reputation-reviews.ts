import type { NostrEvent } from 'nostr-tools'
import { isDueAt } from './clock'
import type { Review } from './review'
import { readReview, reviewedPersonOf } from './review'

/** A QTS review of someone that cannot be read (e.g. wrong direction), shown apart with why. */
export type UnreadableReview = {
  id: string
  author: string
  createdAt: number
  text: string
  reason: string
}

/** Reviews read once and grouped by the person reviewed. */
export type ReviewSet = {
  /** Readable reviews, by the reviewed person's pubkey (either role). */
  byPerson: Map<string, Review[]>
  /** QTS reviews naming a person that could not be read, by that person's pubkey. */
  unreadable: Map<string, UnreadableReview[]>
}

const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const reviewedOf = (review: Review) =>
  review.about === 'troubleshooter' ? review.troubleshooter : review.bitcoiner

/**
 * Reads kind 1986 events (found by `#p` and, for SatShoot's reviews without `p`, by `#a` of the
 * person's offers, tickets and cards) into a ReviewSet. Signatures must be checked before. Each
 * id counts once; events dated more than 15 minutes after `now` are held back; labels that are
 * not QTS reviews are ignored.
 */
export const collectReviews = (events: readonly NostrEvent[], now: number): ReviewSet => {
  const set: ReviewSet = { byPerson: new Map(), unreadable: new Map() }
  const seen = new Set<string>()
  for (const event of events) {
    if (seen.has(event.id) || !isDueAt(event.created_at, now)) continue
    seen.add(event.id)
    const read = readReview(event)
    if (read.ok) {
      push(set.byPerson, reviewedOf(read.value), read.value)
      continue
    }
    const person = reviewedPersonOf(event)
    if (person === undefined || person === event.pubkey) continue
    push(set.unreadable, person, {
      id: event.id,
      author: event.pubkey,
      createdAt: event.created_at,
      text: typeof event.content === 'string' ? event.content : '',
      reason: read.reason,
    })
  }
  return set
}
