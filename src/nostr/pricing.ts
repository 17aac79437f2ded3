import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import type { Tag } from './tags'
import { setTag as replaceTag, tagValue, tagsNamed } from './tags'

/**
 * SatShoot switched time-based prices from sats per minute to sats per hour on 2025-07-24T00:00Z.
 * A `pricing 1` event first published before this moment meant sats per minute.
 */
export const PER_HOUR_SINCE = 1753315200

/** A price as read from the wire. Time-based prices are always normalised to sats per hour. */
export type Pricing =
  | { kind: 'fixed'; sats: number }
  | { kind: 'per-hour'; satsPerHour: number; legacyPerMinute: boolean }

/** A price as a person or the seeder enters it; the UI speaks per minute, the wire per hour. */
export type PricingInput =
  | { kind: 'fixed'; sats: number }
  | { kind: 'per-minute'; satsPerMinute: number }
  | { kind: 'per-hour'; satsPerHour: number }

/** One `pricing_history` entry: what the price was, what it became, and when. */
export type PricingChange = { from?: WirePrice; to?: WirePrice; at: number }

/** The raw `{ pricing, amount }` pair as SatShoot serialises it in `pricing_history`. */
export type WirePrice = { pricing: 0 | 1; amount: number }

/** UI per-minute rate → wire sats per hour. */
export const perMinuteToPerHour = (satsPerMinute: number): number => Math.round(satsPerMinute * 60)

/** Wire sats per hour → UI per-minute rate (may be fractional; round for display). */
export const perHourToPerMinute = (satsPerHour: number): number => satsPerHour / 60

/** The rate a person sees in the UI: sats per minute, or undefined for a fixed price. */
export const satsPerMinute = (pricing: Pricing): number | undefined =>
  pricing.kind === 'per-hour' ? perHourToPerMinute(pricing.satsPerHour) : undefined

const isAmount = (n: number) => Number.isFinite(n) && n >= 0 && n <= 21e14

/** Wire form of an input price. Throws on a negative or non-finite amount (a programmer error). */
export const toWirePrice = (input: PricingInput): WirePrice => {
  const price: WirePrice =
    input.kind === 'fixed'
      ? { pricing: 0, amount: Math.round(input.sats) }
      : input.kind === 'per-minute'
        ? { pricing: 1, amount: perMinuteToPerHour(input.satsPerMinute) }
        : { pricing: 1, amount: Math.round(input.satsPerHour) }
  if (!isAmount(price.amount)) throw new Error(`invalid price amount: ${price.amount}`)
  return price
}

/** `["pricing", ...]` and `["amount", ...]` tags for an input price. */
export const pricingTags = (input: PricingInput): Tag[] => {
  const price = toWirePrice(input)
  return [
    ['pricing', String(price.pricing)],
    ['amount', String(price.amount)],
  ]
}

const readAmount = (text: string | undefined): ReadResult<number> => {
  if (text === undefined || text.trim() === '') return reject('it has no amount')
  // SatShoot writes JavaScript numbers; tolerate decimals, but nothing else
  if (!/^\d+(\.\d+)?$/.test(text.trim()))
    return reject(`its amount "${text.slice(0, 40)}" is not a non-negative number`)
  const amount = Math.round(Number(text))
  return isAmount(amount)
    ? accept(amount)
    : reject(`its amount ${text.slice(0, 40)} is out of range`)
}

/**
 * Reads `pricing` + `amount`. The legacy rule: a time-based price set before PER_HOUR_SINCE meant
 * sats per minute and is converted to per hour here. The price was set at `publishedAt`, or at
 * the newest `pricing_history` entry when there is one (a re-priced old offer speaks per hour).
 */
export const readPricing = (tags: readonly Tag[], publishedAt: number): ReadResult<Pricing> => {
  const mode = tagValue(tags, 'pricing')
  if (mode === undefined) return reject('it has no pricing tag')
  const amount = readAmount(tagValue(tags, 'amount'))
  if (!amount.ok) return amount
  if (mode === '0') return accept({ kind: 'fixed', sats: amount.value })
  if (mode !== '1')
    return reject(`its pricing "${mode.slice(0, 40)}" is neither 0 (fixed) nor 1 (time-based)`)
  const lastChange = readPricingHistory(tags).at(-1)?.at
  const legacyPerMinute = Math.max(publishedAt, lastChange ?? 0) < PER_HOUR_SINCE
  const satsPerHour = legacyPerMinute ? amount.value * 60 : amount.value
  return accept({ kind: 'per-hour', satsPerHour, legacyPerMinute })
}

const readWirePrice = (json: string | undefined): WirePrice | undefined => {
  try {
    const value: unknown = JSON.parse(json ?? '')
    if (typeof value !== 'object' || value === null) return undefined
    const { pricing, amount } = value as Record<string, unknown>
    const mode = Number(pricing)
    if ((mode !== 0 && mode !== 1) || typeof amount !== 'number' || !isAmount(amount))
      return undefined
    return { pricing: mode, amount }
  } catch {
    return undefined
  }
}

/** Every readable `pricing_history` entry, oldest first; malformed entries are skipped. */
export const readPricingHistory = (tags: readonly Tag[]): PricingChange[] =>
  tagsNamed(tags, 'pricing_history')
    .flatMap((tag) => {
      const at = Number(tag[3])
      if (!Number.isSafeInteger(at) || at < 0) return []
      return [{ from: readWirePrice(tag[1]), to: readWirePrice(tag[2]), at }]
    })
    .sort((a, b) => a.at - b.at)

/** A `pricing_history` tag recording a change of price at `now`. */
export const pricingHistoryTag = (from: WirePrice, to: WirePrice, now: number): Tag => [
  'pricing_history',
  JSON.stringify(from),
  JSON.stringify(to),
  String(now),
]

/** The wire price currently in `tags`, if readable (used by edits to record history). */
export const currentWirePrice = (tags: readonly Tag[]): WirePrice | undefined => {
  const mode = tagValue(tags, 'pricing')
  const amount = Number(tagValue(tags, 'amount'))
  if ((mode !== '0' && mode !== '1') || !isAmount(amount)) return undefined
  return { pricing: mode === '0' ? 0 : 1, amount }
}

/**
 * Tags with the price set to `input`; when it differs from the current price a `pricing_history`
 * entry is appended. Every other tag is kept. Refuses a negative or non-finite amount.
 */
export const repriceTags = (
  tags: readonly Tag[],
  input: PricingInput,
  now: number,
): ReadResult<Tag[]> => {
  let next: WirePrice
  try {
    next = toWirePrice(input)
  } catch (error) {
    return reject((error as Error).message)
  }
  const before = currentWirePrice(tags)
  if (before && before.pricing === next.pricing && before.amount === next.amount) {
    return accept(tags.map((tag) => [...tag]))
  }
  const replaced = replaceTag(
    replaceTag(tags, 'pricing', String(next.pricing)),
    'amount',
    String(next.amount),
  )
  return accept(before ? [...replaced, pricingHistoryTag(before, next, now)] : replaced)
}
