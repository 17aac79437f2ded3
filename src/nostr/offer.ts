import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { addressTag, readAddressTag, toAddress } from './address'
import { readBasics, readD, readPublishedAt, readPubkeyTags } from './event-shape'
import { Kind } from './kinds'
import type { Pricing, PricingChange, PricingInput } from './pricing'
import { pricingTags, readPricing, readPricingHistory, repriceTags } from './pricing'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { capText, READ_LIMITS, readableTags } from './read-limits'
import type { Tag } from './tags'
import { isHex64 } from './tags'
import { keepPublishedAt } from './ticket'
import type { ZapSplit } from './zap-split'
import { readZapSplits, zapTag } from './zap-split'

/** A troubleshooter's proposal on a ticket (kind 32768; SatShoot calls it a Bid). */
export type Offer = {
  id: string
  /** The troubleshooter. */
  pubkey: string
  d: string
  address: Address
  /** The ticket this offer answers. */
  ticket: Address
  pricing: Pricing
  pricingHistory: PricingChange[]
  /** Markdown; render as text, never raw HTML. At most `READ_LIMITS.coverLetter`. */
  coverLetter: string
  /** Characters of the cover letter beyond the read limit, not kept. */
  coverLetterCut?: number
  publishedAt: number
  createdAt: number
  zapSplits: ZapSplit[]
}

export type OfferInput = {
  d: string
  ticket: Address
  pricing: PricingInput
  coverLetter: string
  /** The troubleshooter's own pubkey, for the zap split tag. */
  troubleshooter: string
  /** Relay hint for the zap tag. */
  zapRelay?: string
}

const ALT = ['alt', 'Bitcoin Troubleshoot offer']

/** Builds a new offer on `input.ticket`. Invalid input is a programmer error and throws. */
export const makeOffer = (input: OfferInput, now: number): EventTemplate => {
  if (input.d.trim() === '') throw new Error('an offer needs a d identifier')
  const ticket = toAddress(input.ticket)
  if (!ticket.ok || ticket.value.kind !== Kind.Ticket)
    throw new Error('an offer answers a ticket (32767) address')
  if (!isHex64(input.troubleshooter)) throw new Error('the troubleshooter must be a 64-hex pubkey')
  const tags: Tag[] = [
    ['d', input.d],
    addressTag(ticket.value),
    ...pricingTags(input.pricing),
    ['published_at', String(now)],
    ['p', ticket.value.pubkey],
    zapTag(input.troubleshooter, input.zapRelay),
    ALT,
  ]
  return { kind: Kind.Offer, created_at: now, tags, content: input.coverLetter }
}

/**
 * Reads an offer. Rejected: wrong kind, no `d`, no `a` or an `a` that is not a ticket (32767)
 * address, pricing other than 0/1, a missing, non-numeric or negative amount, a malformed `p`.
 * Time-based prices published before 2025-07-24 are read as per minute (see pricing.ts).
 */
export const readOffer = (event: NostrEvent): ReadResult<Offer> => {
  const basics = readBasics(event, Kind.Offer, 'an offer (32768)')
  if (!basics.ok) return basics
  const { pubkey, createdAt, content } = basics.value
  const tags = readableTags(basics.value.tags)
  const d = readD(tags)
  if (!d.ok) return d
  const aTag = tags.find((tag) => tag[0] === 'a')
  if (!aTag) return reject('it names no ticket (a tag)')
  const ticket = readAddressTag(aTag)
  if (!ticket.ok) return reject(`its ticket address is unreadable: ${ticket.reason}`)
  if (ticket.value.kind !== Kind.Ticket) {
    return reject(`its a tag points at kind ${ticket.value.kind}, not a ticket (32767)`)
  }
  const pubkeys = readPubkeyTags(tags)
  if (!pubkeys.ok) return pubkeys
  const publishedAt = readPublishedAt(tags, createdAt)
  const pricing = readPricing(tags, publishedAt)
  if (!pricing.ok) return reject(`its price is unreadable: ${pricing.reason}`)
  const coverLetter = capText(content, READ_LIMITS.coverLetter)
  return accept({
    id: event.id,
    pubkey,
    d: d.value,
    address: { kind: Kind.Offer, pubkey, d: d.value },
    ticket: ticket.value,
    pricing: pricing.value,
    pricingHistory: readPricingHistory(tags),
    coverLetter: coverLetter.text,
    ...(coverLetter.cut > 0 ? { coverLetterCut: coverLetter.cut } : {}),
    publishedAt,
    createdAt,
    zapSplits: readZapSplits(tags),
  })
}

/** Whether `event` reads as a valid offer. */
export const isOffer = (event: NostrEvent): boolean => readOffer(event).ok

export type OfferChanges = { pricing?: PricingInput; coverLetter?: string }

/**
 * Republishes an offer with a new price and/or cover letter: same `d` and `published_at`,
 * a `pricing_history` entry appended when the price changes, unknown tags kept. Only a Pending
 * offer may be edited; the caller checks that with `offerStatus` first.
 */
export const editOffer = (
  previous: NostrEvent,
  changes: OfferChanges,
  now: number,
): ReadResult<EventTemplate> => {
  const offer = readOffer(previous)
  if (!offer.ok) return reject(`the offer cannot be edited: ${offer.reason}`)
  let tags = keepPublishedAt(previous)
  if (changes.pricing !== undefined) {
    const repriced = repriceTags(tags, changes.pricing, now)
    if (!repriced.ok) return repriced
    tags = repriced.value
  }
  return accept({
    kind: Kind.Offer,
    created_at: Math.max(now, previous.created_at + 1),
    tags,
    content: changes.coverLetter ?? previous.content,
  })
}
