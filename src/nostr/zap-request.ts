import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { formatAddress, readAddress, toAddress } from './address'
import { readBasics } from './event-shape'
import { Kind } from './kinds'
import { hasValidSignature } from './signature'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { normalizeRelayUrl } from './safe-url'
import type { Tag } from './tags'
import { isHex64, readWholeNumber, tagsNamed } from './tags'

/** At most this many relays are named for the receipt: enough to be found, short enough for a URL. */
export const MAX_ZAP_RELAYS = 5
/** A zap request travels in a URL and inside an invoice's description: longer is not one of ours. */
export const MAX_ZAP_REQUEST_CHARS = 16_000

/** A NIP-57 zap request (kind 9734) that passed appendix D. */
export type ZapRequest = {
  id: string
  /** Who pays (the event's author). */
  sender: string
  /** Who is paid (the one `p` tag). */
  recipient: string
  /** Millisats the sender means to pay; NIP-57 makes it optional, our requests always carry it. */
  amountMsats?: number
  /** Where the LNURL server should publish the receipt. */
  relays: string[]
  /** The addressable event zapped (`a`), for us the offer. */
  address?: Address
  /** The event zapped (`e`). */
  eventId?: string
  lnurl?: string
  /** Who must sign the receipt (`P`), when the request names one. */
  receiptSigner?: string
  content: string
  createdAt: number
}

export type ZapRequestInput = {
  /** The troubleshooter being paid. */
  recipient: string
  /** The accepted offer the zap pays for. */
  offer: Address
  /** The id of the offer's version that was accepted, as SatShoot also reads (`e`). */
  offerEventId?: string
  amountMsats: number
  /** Relays the receipt should reach; invalid ones dropped, at most MAX_ZAP_RELAYS kept. */
  relays: readonly string[]
  /** The recipient's pay URL, bech32 `lnurl1…` (recommended by NIP-57). */
  lnurl?: string
  content: string
  now: number
}

/**
 * Builds a zap request for an offer (https://github.com/nostr-protocol/nips/blob/master/57.md,
 * appendix A): `p` the troubleshooter, `a` the offer's address and `e` its id (as SatShoot zaps
 * an offer), `amount` in millisats, `relays`, `lnurl`. Invalid input is a programmer error and throws.
 */
export const makeZapRequest = (input: ZapRequestInput): EventTemplate => {
  if (!isHex64(input.recipient)) throw new Error('the recipient must be a 64-hex pubkey')
  const offer = toAddress(input.offer)
  if (!offer.ok || offer.value.kind !== Kind.Offer)
    throw new Error('a zap pays for an offer (32768)')
  if (input.offerEventId !== undefined && !isHex64(input.offerEventId))
    throw new Error('the offer event id must be 64 hex characters')
  if (!Number.isSafeInteger(input.amountMsats) || input.amountMsats <= 0)
    throw new Error('the amount must be a whole, positive number of millisats')
  const relays = [
    ...new Set(input.relays.flatMap((relay) => normalizeRelayUrl(relay) ?? [])),
  ].slice(0, MAX_ZAP_RELAYS)
  if (relays.length === 0) throw new Error('a zap request needs a relay for its receipt')
  const tags: Tag[] = [
    ['p', input.recipient],
    ['a', formatAddress(offer.value)],
    ...(input.offerEventId ? [['e', input.offerEventId]] : []),
    ['amount', String(input.amountMsats)],
    ['relays', ...relays],
    ...(input.lnurl ? [['lnurl', input.lnurl]] : []),
  ]
  return { kind: Kind.ZapRequest, created_at: input.now, content: input.content, tags }
}

/** The one tag named `name`, refusing two of them; undefined when there is none. */
const single = (tags: readonly Tag[], name: string): ReadResult<Tag | undefined> => {
  const found = tagsNamed(tags, name)
  return found.length > 1
    ? reject(`it has ${found.length} ${name} tags, at most one is allowed`)
    : accept(found[0])
}

/**
 * Reads a zap request from untrusted hands (an LNURL callback's `nostr` parameter, a receipt's
 * `description`) with NIP-57 appendix D: a valid signature, exactly one `p`, at most one `e`, `a`
 * and `P`, a whole-number `amount`, an `a` that is an event address, a `relays` tag. Never throws.
 */
export const readZapRequest = (event: unknown): ReadResult<ZapRequest> => {
  const basics = readBasics(event as NostrEvent, Kind.ZapRequest, 'a zap request (9734)')
  if (!basics.ok) return basics
  const { tags, pubkey, content, createdAt } = basics.value
  if (!hasValidSignature(event as NostrEvent)) return reject('its signature is not valid')
  const p = tagsNamed(tags, 'p')
  if (p.length !== 1) return reject('it must name exactly one recipient (p tag)')
  const recipient = p[0]?.[1]
  if (!isHex64(recipient)) return reject('its recipient is not a 64-hex pubkey')
  const e = single(tags, 'e')
  const a = single(tags, 'a')
  const bigP = single(tags, 'P')
  const amountTag = single(tags, 'amount')
  for (const read of [e, a, bigP, amountTag]) if (!read.ok) return reject(read.reason)
  const eventId = e.ok ? e.value?.[1] : undefined
  if (eventId !== undefined && !isHex64(eventId)) return reject('its e tag is not an event id')
  const receiptSigner = bigP.ok ? bigP.value?.[1] : undefined
  if (receiptSigner !== undefined && !isHex64(receiptSigner))
    return reject('its P tag is not a pubkey')
  const address = a.ok && a.value ? readAddress(a.value[1]) : undefined
  if (address && !address.ok) return reject(`its a tag is not an event address: ${address.reason}`)
  const amountText = amountTag.ok ? amountTag.value?.[1] : undefined
  const amountMsats = readWholeNumber(amountText)
  if (amountText !== undefined && amountMsats === undefined)
    return reject('its amount is not a whole number of millisats')
  const relaysTag = tagsNamed(tags, 'relays')[0]
  const relays = (relaysTag?.slice(1) ?? []).flatMap((relay) => normalizeRelayUrl(relay) ?? [])
  if (relays.length === 0) return reject('it names no relay for the receipt')
  const lnurl = tagsNamed(tags, 'lnurl')[0]?.[1]
  return accept({
    id: (event as NostrEvent).id,
    sender: pubkey,
    recipient,
    ...(amountMsats !== undefined && { amountMsats }),
    relays,
    ...(address?.ok && { address: address.value }),
    ...(eventId !== undefined && { eventId }),
    ...(lnurl !== undefined && { lnurl }),
    ...(receiptSigner !== undefined && { receiptSigner }),
    content,
    createdAt,
  })
}

/** Reads a zap request sent as JSON text, refusing text longer than MAX_ZAP_REQUEST_CHARS. */
export const parseZapRequest = (json: string): ReadResult<ZapRequest> => {
  if (typeof json !== 'string' || json.length > MAX_ZAP_REQUEST_CHARS)
    return reject('the zap request is missing or too long')
  let event: unknown
  try {
    event = JSON.parse(json)
  } catch {
    return reject('the zap request is not JSON')
  }
  return readZapRequest(event)
}

/** Whether the zap request pays for `offer` (its `a` tag names that address). */
export const zapsOffer = (request: ZapRequest, offer: Address): boolean =>
  request.address !== undefined && formatAddress(request.address) === formatAddress(offer)
