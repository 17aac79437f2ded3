import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { formatAddress, readAddressTag, toAddress } from './address'
import { readBasics, readPubkeyTags } from './event-shape'
import { Kind } from './kinds'
import { SATSHOOT_ORDER_KIND } from './satshoot-order'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import type { Tag } from './tags'
import { isHex64 } from './tags'

/** The QTS namespace we write, and the original app's namespace we also read. */
export const REVIEW_NAMESPACE = 'qts/freelancing'
export const LEGACY_REVIEW_NAMESPACE = 'qts/troubleshooting'

export type TroubleshooterRatings = { success: boolean; expertise: boolean; communication: boolean }
export type BitcoinerRatings = { thumb: boolean; communication: boolean }

type ReviewBase = {
  id: string
  /** Who wrote the review. */
  author: string
  createdAt: number
  text: string
  namespace: typeof REVIEW_NAMESPACE | typeof LEGACY_REVIEW_NAMESPACE
}

/** A Bitcoiner's review of the troubleshooter who worked on their ticket (label `freelancer`). */
export type TroubleshooterReview = ReviewBase & {
  about: 'troubleshooter'
  troubleshooter: string
  /**
   * What the review names (its `a`): the troubleshooter's offer (32768), or — as SatShoot reviews
   * a service deal — their card/service (32765). Its author is `troubleshooter`.
   */
  reviewed: Address
  ratings: TroubleshooterRatings
}

/** A troubleshooter's review of the Bitcoiner whose ticket they worked on (label `client`). */
export type BitcoinerReview = ReviewBase & {
  about: 'bitcoiner'
  bitcoiner: string
  /** What the review names (its `a`): the Bitcoiner's ticket (32767) or SatShoot order (32766). */
  reviewed: Address
  ratings: BitcoinerRatings
}

export type Review = TroubleshooterReview | BitcoinerReview

const rating = (value: boolean, name: string): Tag => ['rating', value ? '1' : '0', name]

const target = (value: Address | string, kind: number, what: string): Address => {
  const address = toAddress(value)
  if (!address.ok || address.value.kind !== kind)
    throw new Error(`a review needs the ${what} (${kind}) address`)
  return address.value
}

const template = (tags: Tag[], text: string, now: number): EventTemplate => ({
  kind: Kind.Label,
  created_at: now,
  tags,
  content: text,
})

/**
 * A Bitcoiner reviews the troubleshooter of `offer` (NIP-32, QTS). When the deal failed
 * (`success` false) every other rating is written as 0.
 */
export const makeTroubleshooterReview = (
  input: {
    offer: Address | string
    troubleshooter: string
    ratings: TroubleshooterRatings
    text: string
  },
  now: number,
): EventTemplate => {
  const offer = target(input.offer, Kind.Offer, 'offer')
  if (!isHex64(input.troubleshooter) || input.troubleshooter !== offer.pubkey) {
    throw new Error('the troubleshooter must be the author of the reviewed offer')
  }
  const { success, expertise, communication } = input.ratings
  const tags: Tag[] = [
    ['L', REVIEW_NAMESPACE],
    ['l', 'freelancer', REVIEW_NAMESPACE],
    rating(success, 'success'),
    rating(success && expertise, 'expertise'),
    rating(success && communication, 'communication'),
    ['a', formatAddress(offer)],
    ['p', input.troubleshooter],
  ]
  return template(tags, input.text, now)
}

/** A troubleshooter reviews the Bitcoiner of `ticket`. A thumb down writes every rating as 0. */
export const makeBitcoinerReview = (
  input: { ticket: Address | string; bitcoiner: string; ratings: BitcoinerRatings; text: string },
  now: number,
): EventTemplate => {
  const ticket = target(input.ticket, Kind.Ticket, 'ticket')
  if (!isHex64(input.bitcoiner) || input.bitcoiner !== ticket.pubkey) {
    throw new Error('the Bitcoiner must be the author of the reviewed ticket')
  }
  const { thumb, communication } = input.ratings
  const tags: Tag[] = [
    ['L', REVIEW_NAMESPACE],
    ['l', 'client', REVIEW_NAMESPACE],
    rating(thumb, 'thumb'),
    rating(thumb && communication, 'communication'),
    ['a', formatAddress(ticket)],
    ['p', input.bitcoiner],
  ]
  return template(tags, input.text, now)
}

const NAMESPACES = [REVIEW_NAMESPACE, LEGACY_REVIEW_NAMESPACE] as const
type Namespace = (typeof NAMESPACES)[number]

/** Reads `["rating", value, name]`; SatShoot once wrote weights ("0.5"), so any value > 0 is a yes. */
const readRatings = (
  values: ReadonlyMap<string, string>,
  names: readonly string[],
): ReadResult<Record<string, boolean>> => {
  const ratings: Record<string, boolean> = {}
  for (const name of names) {
    const value = values.get(name)
    if (value === undefined) continue
    if (!/^\d+(\.\d+)?$/.test(value))
      return reject(`its ${name} rating "${value.slice(0, 20)}" is not a number`)
    ratings[name] = Number(value) > 0
  }
  return accept(ratings)
}

/** QTS labels: `freelancer` (the original app: `troubleshooter`) and `client`. */
const LABELS = new Set(['freelancer', 'troubleshooter', 'client'])

/** The tags a review is read from, found in one pass: the first QTS label and `a`, each rating. */
const scanTags = (tags: readonly Tag[]) => {
  let label: Tag | undefined
  let aTag: Tag | undefined
  const ratings = new Map<string, string>()
  for (const tag of tags) {
    const name = tag[0]
    if (name === 'l') {
      if (!label && NAMESPACES.includes(tag[2] as Namespace) && LABELS.has(tag[1] ?? ''))
        label = tag
    } else if (name === 'a') {
      aTag ??= tag
    } else if (name === 'rating') {
      const rated = tag[2]
      if (rated !== undefined && !ratings.has(rated)) ratings.set(rated, tag[1] ?? '')
    }
  }
  return { label, aTag, ratings }
}

/** Which kinds each review may name: the reviewed person's side of the deal. */
const REVIEWABLE = {
  troubleshooter: { kinds: [Kind.Offer, Kind.TroubleshooterCard], what: 'their offer or card' },
  bitcoiner: { kinds: [Kind.Ticket, SATSHOOT_ORDER_KIND], what: 'their ticket or order' },
} as const

const KIND_NAMES: Record<number, string> = {
  [Kind.Offer]: 'an offer (32768)',
  [Kind.TroubleshooterCard]: 'a card (32765)',
  [Kind.Ticket]: 'a ticket (32767)',
  [SATSHOOT_ORDER_KIND]: 'an order (32766)',
}

/**
 * Reads a QTS review (kind 1986) in `qts/freelancing` or the original `qts/troubleshooting`.
 * A review of a troubleshooter names their offer (32768) or, as SatShoot writes service reviews,
 * their card (32765); a review of a Bitcoiner names their ticket (32767) or SatShoot order (32766).
 * SatShoot writes no `p`: the reviewed person is the author of the named address.
 * Rejected: wrong kind, another namespace or label, no `a`, an `a` of the other side (wrong
 * direction), no overall rating (success/thumb), a non-numeric rating, a `p` that is not the
 * reviewed person, reviewing oneself. If the overall rating is 0 every other rating is read as 0.
 */
export const readReview = (event: NostrEvent): ReadResult<Review> => {
  const basics = readBasics(event, Kind.Label, 'a label (1986)')
  if (!basics.ok) return basics
  const { tags, pubkey, createdAt, content } = basics.value
  const { label, aTag, ratings } = scanTags(tags)
  if (!label)
    return reject('it is not a QTS review (no freelancer/client label in qts/freelancing)')
  const namespace = label[2] as Namespace
  const about = label[1] === 'client' ? 'bitcoiner' : 'troubleshooter'
  if (!aTag) return reject('it names nothing it reviews (no a tag)')
  const address = readAddressTag(aTag)
  if (!address.ok) return reject(`its reviewed address is unreadable: ${address.reason}`)
  const allowed = REVIEWABLE[about]
  if (!(allowed.kinds as readonly number[]).includes(address.value.kind)) {
    const named = KIND_NAMES[address.value.kind] ?? `kind ${address.value.kind}`
    return reject(
      `wrong direction: a review of a ${about === 'troubleshooter' ? 'troubleshooter' : 'Bitcoiner'} names ${allowed.what}, this one names ${named}`,
    )
  }
  const reviewed = address.value.pubkey
  if (reviewed === pubkey) return reject('its author reviews themselves')
  const pubkeys = readPubkeyTags(tags)
  if (!pubkeys.ok) return pubkeys
  if (pubkeys.value.some((p) => p !== reviewed))
    return reject('its p tag names someone other than the reviewed person')
  // fields written out, not spread from a shared object: a spread here made reading 10,000
  // reviews three times slower
  const id = event.id
  const text = content
  if (about === 'troubleshooter') {
    const read = readRatings(ratings, ['success', 'expertise', 'communication'])
    if (!read.ok) return read
    const { success, expertise, communication } = read.value
    if (success === undefined) return reject('it has no success rating')
    return accept({
      id,
      author: pubkey,
      createdAt,
      text,
      namespace,
      about,
      troubleshooter: reviewed,
      reviewed: address.value,
      ratings: {
        success,
        expertise: success && !!expertise,
        communication: success && !!communication,
      },
    })
  }
  const read = readRatings(ratings, ['thumb', 'communication'])
  if (!read.ok) return read
  const { thumb, communication } = read.value
  if (thumb === undefined) return reject('it has no thumb rating')
  return accept({
    id,
    author: pubkey,
    createdAt,
    text,
    namespace,
    about,
    bitcoiner: reviewed,
    reviewed: address.value,
    ratings: { thumb, communication: thumb && !!communication },
  })
}

/**
 * The person a QTS label event is about — the author of the address its first `a` names — even
 * when the review cannot be read, so an unreadable review of someone can be listed apart.
 */
export const reviewedPersonOf = (event: NostrEvent): string | undefined => {
  if (event.kind !== Kind.Label || !Array.isArray(event.tags)) return undefined
  const isQts = event.tags.some(
    (tag) =>
      Array.isArray(tag) &&
      ((tag[0] === 'L' && NAMESPACES.includes(tag[1] as Namespace)) ||
        (tag[0] === 'l' && NAMESPACES.includes(tag[2] as Namespace))),
  )
  if (!isQts) return undefined
  const address = readAddressTag(event.tags.find((tag) => Array.isArray(tag) && tag[0] === 'a'))
  return address.ok ? address.value.pubkey : undefined
}

/** Whether `event` reads as a QTS review. */
export const isReview = (event: NostrEvent): boolean => readReview(event).ok
