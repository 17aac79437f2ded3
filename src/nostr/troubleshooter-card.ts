import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { readBasics, readD, readPublishedAt } from './event-shape'
import { Kind } from './kinds'
import type { Pricing, PricingChange, PricingInput } from './pricing'
import { pricingTags, readPricing, readPricingHistory, repriceTags } from './pricing'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { capText, capTitle, READ_LIMITS, readableTags } from './read-limits'
import { safeImageUrl } from './safe-url'
import type { Tag } from './tags'
import { readWholeNumber, setTag, setTags, tagValue, tagValues, tagsNamed } from './tags'
import { cleanTopics, keepPublishedAt } from './ticket'
import { canonicalTopic, isTopicSlug } from './topics'
import type { ZapSplit } from './zap-split'
import { readZapSplits } from './zap-split'

/** How a troubleshooter advertises expertise and availability (kind 32765; SatShoot "Service"). */
export type TroubleshooterCard = {
  id: string
  pubkey: string
  d: string
  address: Address
  title: string
  /** Expertise, in the ticket topic vocabulary. */
  topics: string[]
  pricing: Pricing
  pricingHistory: PricingChange[]
  available: boolean
  /** `state_history` entries: availability before (null at creation) and after. */
  availabilityHistory: { from: boolean | null; to: boolean; at: number }[]
  /** Markdown. At most `READ_LIMITS.about`. */
  about: string
  /** Characters of the about text beyond the read limit, not kept. */
  aboutCut?: number
  images: string[]
  publishedAt: number
  createdAt: number
  zapSplits: ZapSplit[]
}

export type TroubleshooterCardInput = {
  d: string
  title: string
  topics: readonly string[]
  pricing: PricingInput
  available: boolean
  about: string
}

const flag = (available: boolean) => (available ? '1' : '0')

/** Builds a troubleshooter card. Invalid input is a programmer error and throws. */
export const makeTroubleshooterCard = (
  input: TroubleshooterCardInput,
  now: number,
): EventTemplate => {
  if (input.d.trim() === '') throw new Error('a card needs a d identifier')
  const title = input.title.trim()
  if (title === '') throw new Error('a card needs a title')
  const tags: Tag[] = [
    ['d', input.d],
    ['title', title],
    ...cleanTopics(input.topics).map((slug) => ['t', slug]),
    ...pricingTags(input.pricing),
    ['s', flag(input.available)],
    ['state_history', '-1', flag(input.available), String(now)],
    ['published_at', String(now)],
    ['alt', `Bitcoin Troubleshoot troubleshooter: ${title}`],
  ]
  return { kind: Kind.TroubleshooterCard, created_at: now, tags, content: input.about }
}

const readAvailabilityHistory = (tags: readonly Tag[]) =>
  tagsNamed(tags, 'state_history')
    .flatMap((tag) => {
      const at = readWholeNumber(tag[3])
      const from =
        tag[1] === '-1' ? null : tag[1] === '1' ? true : tag[1] === '0' ? false : undefined
      const to = tag[2] === '1' ? true : tag[2] === '0' ? false : undefined
      return at === undefined || from === undefined || to === undefined ? [] : [{ from, to, at }]
    })
    .sort((a, b) => a.at - b.at)

/**
 * Reads a troubleshooter card. Rejected: wrong kind, no `d`, no title, an `s` other than 0/1,
 * an unreadable price. A card without `s` is read as available (SatShoot's oldest services).
 */
export const readTroubleshooterCard = (event: NostrEvent): ReadResult<TroubleshooterCard> => {
  const basics = readBasics(event, Kind.TroubleshooterCard, 'a troubleshooter card (32765)')
  if (!basics.ok) return basics
  const { pubkey, createdAt, content } = basics.value
  const tags = readableTags(basics.value.tags)
  const d = readD(tags)
  if (!d.ok) return d
  const titleText = tagValue(tags, 'title')?.trim()
  if (!titleText) return reject('it has no title')
  const title = capTitle(titleText)
  const about = capText(content, READ_LIMITS.about)
  const s = tagValue(tags, 's')
  if (s !== undefined && s !== '0' && s !== '1')
    return reject(`its status "${s.slice(0, 40)}" is neither 0 nor 1`)
  const publishedAt = readPublishedAt(tags, createdAt)
  const pricing = readPricing(tags, publishedAt)
  if (!pricing.ok) return reject(`its price is unreadable: ${pricing.reason}`)
  return accept({
    id: event.id,
    pubkey,
    d: d.value,
    address: { kind: Kind.TroubleshooterCard, pubkey, d: d.value },
    title,
    topics: [
      ...new Set(
        tagValues(tags, 't')
          .map((t) => t.toLowerCase())
          .filter(isTopicSlug)
          .map(canonicalTopic),
      ),
    ].slice(0, READ_LIMITS.topics),
    pricing: pricing.value,
    pricingHistory: readPricingHistory(tags),
    available: s !== '0',
    availabilityHistory: readAvailabilityHistory(tags),
    about: about.text,
    ...(about.cut > 0 ? { aboutCut: about.cut } : {}),
    images: tagValues(tags, 'image').flatMap((url) => safeImageUrl(url) ?? []),
    publishedAt,
    createdAt,
    zapSplits: readZapSplits(tags),
  })
}

/** Whether `event` reads as a valid troubleshooter card. */
export const isTroubleshooterCard = (event: NostrEvent): boolean => readTroubleshooterCard(event).ok

export type TroubleshooterCardChanges = Partial<Omit<TroubleshooterCardInput, 'd'>>

/**
 * Republishes a card: same `d` and `published_at`; a `state_history` entry when availability
 * changes and a `pricing_history` entry when the price changes; unknown tags kept.
 */
export const editTroubleshooterCard = (
  previous: NostrEvent,
  changes: TroubleshooterCardChanges,
  now: number,
): ReadResult<EventTemplate> => {
  const card = readTroubleshooterCard(previous)
  if (!card.ok) return reject(`the card cannot be edited: ${card.reason}`)
  let tags = keepPublishedAt(previous)
  if (changes.title !== undefined) {
    const title = changes.title.trim()
    if (title === '') return reject('a card needs a title')
    tags = setTag(tags, 'title', title)
    tags = setTags(tags, 'alt', [['alt', `Bitcoin Troubleshoot troubleshooter: ${title}`]])
  }
  if (changes.topics !== undefined) {
    tags = setTags(
      tags,
      't',
      cleanTopics(changes.topics).map((slug) => ['t', slug]),
    )
  }
  if (changes.available !== undefined && changes.available !== card.value.available) {
    tags = setTag(tags, 's', flag(changes.available))
    tags.push(['state_history', flag(card.value.available), flag(changes.available), String(now)])
  }
  if (changes.pricing !== undefined) {
    const repriced = repriceTags(tags, changes.pricing, now)
    if (!repriced.ok) return repriced
    tags = repriced.value
  }
  return accept({
    kind: Kind.TroubleshooterCard,
    created_at: Math.max(now, previous.created_at + 1),
    tags,
    content: changes.about ?? previous.content,
  })
}
