import { finalizeEvent, getPublicKey } from 'nostr-tools'
import type { NostrEvent } from 'nostr-tools'

/*
 * Events exactly as SatShoot (github.com/Pleb5/satshoot, apps/satshoot/src/lib/events) writes
 * them: hand-written tag arrays in the order its JobEvent / BidEvent / ServiceEvent setters and
 * NDK's generateTags() push them, signed with nostr-tools. Nothing here uses the app's builders:
 * the point is to feed the app what another client really sends.
 */

/** SatShoot's own pubkey, which takes the "pledge" share of zap splits (lib/utils/misc.ts). */
export const SATSHOOT_PUBKEY = 'e3244843f8ab6483827e305e5b9d7f61b9eb791aa274d2a36836f3999c767650'

/** BOOTSTRAPOUTBOXRELAYS[0]: the relay hint SatShoot writes into every zap tag. */
export const SATSHOOT_ZAP_RELAY = 'wss://purplepag.es/'

type Tags = string[][]

const signed = (
  kind: number,
  tags: Tags,
  content: string,
  createdAt: number,
  secretKey: Uint8Array,
): NostrEvent =>
  JSON.parse(
    JSON.stringify(finalizeEvent({ kind, tags, content, created_at: createdAt }, secretKey)),
  ) as NostrEvent

/**
 * The `d` NDK's generateTags() gives an event with a title: the title with every run of other
 * characters turned into "-", then "-" and six random base-36 characters (passed in, so runs
 * repeat). Events without a title get sixteen base-36 characters instead.
 */
export const ndkTitledD = (title: string, suffix: string): string =>
  `${title.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${suffix}`

export type SatShootJob = {
  secretKey: Uint8Array
  title: string
  description: string
  /** SatShoot's tag values (its own vocabulary: underscores, e.g. "bitcoin_core"). */
  topics: string[]
  d: string
  publishedAt: number
  createdAt?: number
  /** Set the way JobEvent's `acceptedBidAddress` setter does it, at `at`. */
  accepted?: { bidAddress: string; at: number }
}

/** A Job (kind 32767), New, or In progress when `accepted` is given. */
export const satshootJob = (job: SatShootJob): NostrEvent => {
  // post-job: title, status, t tags; generateTags() adds d; JobEvent adds published_at
  let tags: Tags = [
    ['title', job.title],
    ['s', '0'],
    ...job.topics.map((topic) => ['t', topic]),
    ['d', job.d],
    ['published_at', String(job.publishedAt)],
  ]
  if (job.accepted) {
    const at = String(job.accepted.at)
    // acceptedBidAddress: a unix time in the a tag's third slot, then status = InProgress and
    // addStateHistory(InProgress), which records "1" → "1"
    tags = tags.filter((tag) => tag[0] !== 'a' && tag[0] !== 's')
    tags.push(['a', job.accepted.bidAddress, at], ['s', '1'], ['state_history', '1', '1', at])
  }
  return signed(32767, tags, job.description, job.createdAt ?? job.publishedAt, job.secretKey)
}

/**
 * How a bid's zap split weights are written. SatShoot now writes parts per 10,000 ("500" and
 * "9500"); older bids carried percentages ("5" and "95").
 */
export type ZapStyle = 'parts-per-10000' | 'percent'

export type SatShootBid = {
  secretKey: Uint8Array
  /** Sixteen base-36 characters, as NDK makes them for an event without a title. */
  d: string
  job: NostrEvent
  /** 0 absolute (sats), 1 time-based. */
  pricing: 0 | 1
  amount: number
  pitch: string
  /** The published_at tag; leave out for a bid from before SatShoot wrote one. */
  publishedAt?: number
  createdAt: number
  /** SatShoot's pledge share, in percent. */
  pledge: number
  zapStyle: ZapStyle
  /** pricing_history entries, as BidEvent.addPricingHistory writes them. */
  pricingHistory?: { from: { pricing: 0 | 1; amount: number }; at: number }[]
}

const jobAddress = (job: NostrEvent): string =>
  `32767:${job.pubkey}:${job.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''}`

/** The address of a bid, for a job's accepted-bid `a` tag. */
export const bidAddress = (bid: NostrEvent): string =>
  `32768:${bid.pubkey}:${bid.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''}`

const zapTags = (freelancer: string, pledge: number, style: ZapStyle): Tags => {
  const scale = style === 'parts-per-10000' ? 100 : 1
  return [
    ['zap', SATSHOOT_PUBKEY, SATSHOOT_ZAP_RELAY, String(pledge * scale)],
    ['zap', freelancer, SATSHOOT_ZAP_RELAY, String((100 - pledge) * scale)],
  ]
}

/** A Bid (kind 32768) on a job: a two-element `a` tag, no `p`, SatShoot's zap split. */
export const satshootBid = (bid: SatShootBid): NostrEvent => {
  const tags: Tags = [
    ['a', jobAddress(bid.job)],
    ['pricing', String(bid.pricing)],
    ['amount', String(bid.amount)],
    ...zapTags(getPublicKey(bid.secretKey), bid.pledge, bid.zapStyle),
    ['d', bid.d],
  ]
  if (bid.publishedAt !== undefined) tags.push(['published_at', String(bid.publishedAt)])
  for (const change of bid.pricingHistory ?? []) {
    tags.push([
      'pricing_history',
      JSON.stringify(change.from),
      JSON.stringify({ pricing: bid.pricing, amount: bid.amount }),
      String(change.at),
    ])
  }
  return signed(32768, tags, bid.pitch, bid.createdAt, bid.secretKey)
}

export type SatShootService = {
  secretKey: Uint8Array
  title: string
  description: string
  topics: string[]
  pricing: 0 | 1
  amount: number
  active: boolean
  /** Six base-36 characters for the titled `d`. */
  dSuffix: string
  images?: string[]
  pledge: number
  createdAt: number
}

/** A Service (kind 32765): no published_at or state_history, percentage zap split. */
export const satshootService = (service: SatShootService): NostrEvent => {
  const tags: Tags = [
    ['title', service.title],
    ['s', service.active ? '1' : '0'],
    ['pricing', String(service.pricing)],
    ['amount', String(service.amount)],
    ...service.topics.map((topic) => ['t', topic]),
    ...(service.images ?? []).map((url) => ['image', url]),
    ...zapTags(getPublicKey(service.secretKey), service.pledge, 'percent'),
    ['d', ndkTitledD(service.title, service.dSuffix)],
  ]
  return signed(32765, tags, service.description, service.createdAt, service.secretKey)
}
