import type { Address } from './address'
import { formatAddress, readAddress, toAddress } from './address'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import type { Tag } from './tags'
import { readWholeNumber, tagValue } from './tags'

/**
 * Tags of the structured messages that ride inside NIP-17 kind 14 rumors (see PROTOCOL.md).
 * Encryption and wrapping live elsewhere; these only build and read the tags.
 */

/** A troubleshooter asks to be paid for an offer. */
export type PaymentRequest = {
  id: string
  offer: Address
  msats: number
  bolt11?: string
  minutes?: number
}

/** A Bitcoiner tells the troubleshooter a payment request was paid. */
export type PaymentReceipt = { requestId: string; bolt11: string; preimage: string }

/** Start or stop of a time-based session on an offer. */
export type WorkLogEntry = { offer: Address; action: 'start' | 'stop'; at: number }

const offerAddress = (value: Address | string): Address => {
  const read = toAddress(value)
  if (!read.ok || read.value.kind !== Kind.Offer)
    throw new Error('a structured message names an offer (32768)')
  return read.value
}

const readOfferTag = (tags: readonly Tag[]): ReadResult<Address> => {
  const read = readAddress(tagValue(tags, 'a'))
  if (!read.ok) return reject(`it names no offer: ${read.reason}`)
  if (read.value.kind !== Kind.Offer)
    return reject(`its a tag points at kind ${read.value.kind}, not an offer (32768)`)
  return read
}

const isBolt11 = (value: string | undefined): value is string =>
  value !== undefined && /^ln(bc|tb|bcrt|tbs)[0-9a-z]+$/i.test(value) && value.length < 8000

/** Payment request tags: `a`, `amount` (msats), optional `bolt11` and `minutes`, `payreq`. */
export const makePaymentRequestTags = (request: {
  id: string
  offer: Address | string
  msats: number
  bolt11?: string
  minutes?: number
}): Tag[] => {
  if (!Number.isSafeInteger(request.msats) || request.msats <= 0)
    throw new Error('a payment request needs a positive msats amount')
  if (request.id === '') throw new Error('a payment request needs an id')
  return [
    ['a', formatAddress(offerAddress(request.offer))],
    ['amount', String(request.msats)],
    ...(request.bolt11 ? [['bolt11', request.bolt11]] : []),
    ...(request.minutes !== undefined ? [['minutes', String(Math.round(request.minutes))]] : []),
    ['payreq', request.id],
  ]
}

/** Reads a payment request; rejects a missing id, a non-offer `a`, a bad amount or invoice. */
export const readPaymentRequest = (tags: readonly Tag[]): ReadResult<PaymentRequest> => {
  const id = tagValue(tags, 'payreq')
  if (!id) return reject('it has no payment request id')
  if (tags.some((tag) => tag[0] === 'preimage'))
    return reject('it is a payment receipt, not a request')
  const offer = readOfferTag(tags)
  if (!offer.ok) return offer
  const msats = readWholeNumber(tagValue(tags, 'amount'))
  if (msats === undefined || msats === 0)
    return reject('its amount is not a positive whole number of msats')
  const bolt11 = tagValue(tags, 'bolt11')
  if (bolt11 !== undefined && !isBolt11(bolt11))
    return reject('its invoice is not a bolt11 invoice')
  const minutesText = tagValue(tags, 'minutes')
  const minutes = readWholeNumber(minutesText)
  if (minutesText !== undefined && minutes === undefined)
    return reject('its minutes are not a whole number')
  return accept({ id, offer: offer.value, msats, bolt11, minutes })
}

/** Payment receipt tags: `payreq`, `bolt11` (the invoice paid), `preimage`. */
export const makePaymentReceiptTags = (receipt: PaymentReceipt): Tag[] => [
  ['payreq', receipt.requestId],
  ['bolt11', receipt.bolt11],
  ['preimage', receipt.preimage],
]

/**
 * Reads a payment receipt. It only says what the payer claims: the receiver must still check
 * sha256(preimage) against the invoice's payment hash.
 */
export const readPaymentReceipt = (tags: readonly Tag[]): ReadResult<PaymentReceipt> => {
  const requestId = tagValue(tags, 'payreq')
  if (!requestId) return reject('it has no payment request id')
  const bolt11 = tagValue(tags, 'bolt11')
  if (!isBolt11(bolt11)) return reject('it has no bolt11 invoice')
  const preimage = tagValue(tags, 'preimage')
  if (preimage === undefined || !/^[0-9a-f]{64}$/.test(preimage))
    return reject('its preimage is not 32 bytes of lowercase hex')
  return accept({ requestId, bolt11, preimage })
}

/** Work log tags: `["worklog", "start"|"stop", "<unix ts>"]` with the offer's `a`. */
export const makeWorkLogTags = (entry: {
  offer: Address | string
  action: 'start' | 'stop'
  at: number
}): Tag[] => [
  ['worklog', entry.action, String(entry.at)],
  ['a', formatAddress(offerAddress(entry.offer))],
]

/** Reads a work log entry. */
export const readWorkLog = (tags: readonly Tag[]): ReadResult<WorkLogEntry> => {
  const tag = tags.find((t) => t[0] === 'worklog')
  if (!tag) return reject('it is not a work log entry')
  const action = tag[1]
  if (action !== 'start' && action !== 'stop')
    return reject(`its work log action "${(action ?? '').slice(0, 20)}" is neither start nor stop`)
  const at = readWholeNumber(tag[2])
  if (at === undefined) return reject('its work log time is not a unix time')
  const offer = readOfferTag(tags)
  if (!offer.ok) return offer
  return accept({ offer: offer.value, action, at })
}

/** What a kind 14 rumor carries for this app, judged by its tags. */
export type StructuredMessageKind = 'payment-request' | 'payment-receipt' | 'work-log' | 'chat'

/** Classifies a rumor's tags; 'chat' for everything that is not one of ours. */
export const structuredMessageKind = (tags: readonly Tag[]): StructuredMessageKind => {
  if (tags.some((t) => t[0] === 'worklog')) return 'work-log'
  if (tags.some((t) => t[0] === 'preimage')) return 'payment-receipt'
  if (tags.some((t) => t[0] === 'payreq')) return 'payment-request'
  return 'chat'
}

/** The plain tags of a chat rumor: recipient, subject (the ticket title) and the ticket thread. */
export const makeChatTags = (chat: {
  recipient: string
  subject?: string
  ticket?: Address | string
}): Tag[] => {
  const ticket = chat.ticket === undefined ? undefined : toAddress(chat.ticket)
  if (ticket && (!ticket.ok || ticket.value.kind !== Kind.Ticket))
    throw new Error('a chat thread names a ticket (32767)')
  return [
    ['p', chat.recipient],
    ...(chat.subject ? [['subject', chat.subject]] : []),
    ...(ticket?.ok ? [['a', formatAddress(ticket.value)]] : []),
  ]
}
