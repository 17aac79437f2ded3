import type { NostrEvent } from 'nostr-tools'
import { hasValidSignature } from '@/nostr/signature'
import type { Address } from '@/nostr/address'
import { formatAddress } from '@/nostr/address'
import { readBasics } from '@/nostr/event-shape'
import { Kind } from '@/nostr/kinds'
import type { ReadResult } from '@/nostr/read-result'
import { accept, reject } from '@/nostr/read-result'
import { tagsNamed, tagValue } from '@/nostr/tags'
import { parseZapRequest, zapsOffer } from '@/nostr/zap-request'
import { matchesDescriptionHash, readInvoice, verifyPreimage } from './bolt11'
import type { Network } from './bolt11'

/** Who a zap receipt must come from and be about, for it to count as a payment. */
export type ExpectedZap = {
  /** The `nostrPubkey` of the recipient's LNURL server (from its pay request). */
  lnurlNostrPubkey: string
  /** The troubleshooter paid. */
  recipient: string
  /** The one who must have paid: the ticket's author. */
  sender: string
  /** The offer the zap must pay for (the zap request's `a`). */
  offer?: Address
  network: Network
  /** The recipient's `lnurl1…`; when given, a zap request naming another one is refused. */
  lnurl?: string
}

/** A zap receipt that counts: who paid whom, how much, for what. */
export type CountedZap = {
  receiptId: string
  zapRequestId: string
  sender: string
  recipient: string
  amountMsats: number
  paymentHash: string
  offer?: Address
  /** The zap's comment (the zap request's content): untrusted text. */
  comment: string
  /** When the server says it was paid (the receipt's created_at). */
  paidAt: number
}

/**
 * Whether a zap receipt (kind 9735) counts as a payment (NIP-57 appendix F, and more): signed by
 * the LNURL server's `nostrPubkey`; its bolt11 valid, on `network`, for exactly the embedded zap
 * request's `amount`, with a description hash equal to sha256 of the `description` tag; that zap
 * request validly signed (appendix D), by `sender`, for `recipient` (never a self-zap), for `offer`
 * when given; a `preimage`, when present, that proves the invoice. Never throws.
 */
export const checkZapReceipt = (
  receipt: NostrEvent,
  expected: ExpectedZap,
): ReadResult<CountedZap> => {
  const basics = readBasics(receipt, Kind.Zap, 'a zap receipt (9735)')
  if (!basics.ok) return basics
  const { tags } = basics.value
  if (!hasValidSignature(receipt)) return reject('the receipt’s signature is not valid')
  if (receipt.pubkey !== expected.lnurlNostrPubkey)
    return reject('the receipt is not signed by the recipient’s lightning address server')

  const description = tagsNamed(tags, 'description')
  if (description.length !== 1) return reject('the receipt must carry one zap request')
  const text = description[0]?.[1] ?? ''
  const read = parseZapRequest(text)
  if (!read.ok) return reject(`the zap request in the receipt is not valid: ${read.reason}`)
  const request = read.value

  const bolt11 = readInvoice(tagValue(tags, 'bolt11') ?? '')
  if (!bolt11.ok) return reject(`the receipt’s invoice is not valid: ${bolt11.reason}`)
  const invoice = bolt11.value
  if (invoice.network !== expected.network)
    return reject('the receipt’s invoice is for another network')
  if (request.amountMsats === undefined) return reject('the zap request names no amount')
  if (invoice.amountMsats !== request.amountMsats)
    return reject('the receipt’s invoice is not for the amount of the zap request')
  if (!matchesDescriptionHash(invoice, text))
    return reject('the receipt’s invoice does not commit to its zap request')
  const preimage = tagValue(tags, 'preimage')
  if (preimage !== undefined && !verifyPreimage(invoice, preimage))
    return reject('the receipt’s preimage does not match its invoice')

  if (request.recipient === request.sender) return reject('a zap to oneself does not count')
  if (request.recipient !== expected.recipient) return reject('the zap is for someone else')
  if (tagsNamed(tags, 'p').some((tag) => tag[1] !== request.recipient))
    return reject('the receipt names another recipient than its zap request')
  if (request.sender !== expected.sender)
    return reject('the zap was not sent by the expected payer')
  if (request.receiptSigner !== undefined && request.receiptSigner !== receipt.pubkey)
    return reject('the zap request wants its receipt signed by another key')
  if (expected.offer && !zapsOffer(request, expected.offer))
    return reject('the zap is not for this offer')
  const receiptAddress = tagValue(tags, 'a')
  if (
    receiptAddress !== undefined &&
    request.address &&
    receiptAddress !== formatAddress(request.address)
  )
    return reject('the receipt names another offer than its zap request')
  if (
    expected.lnurl &&
    request.lnurl &&
    request.lnurl.toLowerCase() !== expected.lnurl.toLowerCase()
  )
    return reject('the zap request was made for another lightning address')

  return accept({
    receiptId: receipt.id,
    zapRequestId: request.id,
    sender: request.sender,
    recipient: request.recipient,
    amountMsats: request.amountMsats,
    paymentHash: invoice.paymentHash,
    ...(request.address && { offer: request.address }),
    comment: request.content,
    paidAt: basics.value.createdAt,
  })
}
