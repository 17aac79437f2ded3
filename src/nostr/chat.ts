import type { EventTemplate, NostrEvent, UnsignedEvent } from 'nostr-tools'
import { finalizeEvent, getEventHash, getPublicKey } from 'nostr-tools/pure'
import type { Address } from './address'
import { readAddressTag } from './address'
import { conversationKey, encryptMessage, MAX_MESSAGE_BYTES } from './encryption'
import { Kind } from './kinds'
import type { PaymentReceipt, PaymentRequest, WorkLogEntry } from './message-tags'
import {
  makeChatTags,
  readPaymentReceipt,
  readPaymentRequest,
  readWorkLog,
  structuredMessageKind,
} from './message-tags'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { capText, READ_LIMITS, readableTags } from './read-limits'
import type { Tag } from './tags'
import { isHex64, tagValue } from './tags'

/**
 * NIP-17 private messages (https://github.com/nostr-protocol/nips/blob/master/17.md): a kind 14
 * rumor (unsigned), sealed in kind 13 (signed by the sender, NIP-44 to the recipient), gift-wrapped
 * in kind 1059 (signed by a throwaway key) — NIP-59. Opening lives in chat-open.ts.
 */

export { MAX_MESSAGE_BYTES }

/** An unsigned event with its id: what a kind 14 chat message is before sealing. */
export type Rumor = UnsignedEvent & { id: string }

/** A chat message as this app reads it from a rumor (or a legacy NIP-04 kind 4). */
export type ChatMessage = {
  /** The rumor's id (or the kind 4 event's id for a legacy message). */
  id: string
  sender: string
  recipient: string
  /** At most `READ_LIMITS.message` characters (see `capMessage`). */
  text: string
  /** Characters of the text beyond the read limit, not kept. */
  textCut?: number
  /** The rumor's created_at (unix seconds): the time the sender wrote it. */
  at: number
  /** The ticket the thread is about (`["a", "32767:…"]`). */
  ticket?: Address
  subject?: string
  paymentRequest?: PaymentRequest
  receipt?: PaymentReceipt
  workLog?: WorkLogEntry
  /** True for NIP-04 kind 4 messages: weaker encryption, metadata visible to relays. */
  legacy?: boolean
}

/** What the sender puts in a chat message. `tags`: extra structured tags (message-tags.ts). */
export type ChatDraftInput = {
  sender: string
  recipient: string
  text: string
  ticket?: Address | string
  subject?: string
  tags?: Tag[]
}

/** NIP-59 lets wrap times lie up to two days in the past, so relays cannot correlate them. */
export const WRAP_TIME_JITTER_SECONDS = 2 * 24 * 60 * 60

const utf8 = new TextEncoder()

/** UTF-8 size of a text. */
export const byteLength = (text: string): number => utf8.encode(text).length

/** `now` moved back by up to two days; `random` is in [0, 1). */
export const tweakedTime = (now: number, random: number): number =>
  now - Math.floor(Math.min(Math.max(random, 0), 0.999999) * WRAP_TIME_JITTER_SECONDS)

/** Base64 length of a NIP-44 v2 payload for a plaintext of `bytes` bytes. */
const payloadChars = (bytes: number): number => {
  const padded = bytes <= 32 ? 32 : paddedAbove32(bytes)
  return Math.ceil((1 + 32 + 2 + padded + 32) / 3) * 4
}

const paddedAbove32 = (bytes: number): number => {
  const nextPower = 1 << (Math.floor(Math.log2(bytes - 1)) + 1)
  const chunk = nextPower <= 256 ? 32 : nextPower / 8
  return chunk * (Math.floor((bytes - 1) / chunk) + 1)
}

/** A signed seal's JSON is about this much longer than its content (id, pubkey, sig, keys). */
const SEAL_JSON_OVERHEAD = 300

/**
 * Why a message cannot be sent, in plain words, or undefined when it fits: its text, its rumor
 * and the seal around it each have to stay within NIP-44's 65,535 bytes.
 */
export const chatSizeProblem = (rumor: Pick<Rumor, 'content'> & object): string | undefined => {
  const textBytes = byteLength(rumor.content)
  if (textBytes > MAX_MESSAGE_BYTES) {
    return `The message is too long: ${textBytes.toLocaleString('en')} bytes, the limit is ${MAX_MESSAGE_BYTES.toLocaleString('en')}. Split it into several messages.`
  }
  const rumorBytes = byteLength(JSON.stringify(rumor))
  const sealBytes = payloadChars(rumorBytes) + SEAL_JSON_OVERHEAD
  if (rumorBytes > MAX_MESSAGE_BYTES || sealBytes > MAX_MESSAGE_BYTES) {
    return `The message is too long to encrypt: ${textBytes.toLocaleString('en')} bytes. Encryption adds about a third, so keep one message under about 45,000 bytes, or split it.`
  }
  return undefined
}

/** Builds the rumor's tags: `p`, `subject`, the ticket's `a`, then any structured tags. */
const rumorTags = (input: ChatDraftInput): Tag[] => [
  ...makeChatTags({ recipient: input.recipient, subject: input.subject, ticket: input.ticket }),
  ...(input.tags ?? []).map((tag) => [...tag]),
]

/**
 * https://github.com/nostr-protocol/nips/blob/master/17.md — an unsigned kind 14 rumor with its
 * id. Throws only on programmer errors (malformed pubkeys, a ticket address that is not a ticket).
 */
export const makeChatRumor = (input: ChatDraftInput, now: number): Rumor => {
  if (!isHex64(input.sender) || !isHex64(input.recipient)) {
    throw new Error('a chat message needs the sender and recipient as 64-hex pubkeys')
  }
  const unsigned: UnsignedEvent = {
    kind: Kind.ChatMessage,
    pubkey: input.sender,
    created_at: now,
    tags: rumorTags(input),
    content: input.text,
  }
  return { ...unsigned, id: getEventHash(unsigned) }
}

/** https://github.com/nostr-protocol/nips/blob/master/59.md — the kind 13 seal, to be signed by the sender. */
export const makeSealTemplate = (encryptedRumor: string, now: number): EventTemplate => ({
  kind: Kind.Seal,
  created_at: now,
  tags: [],
  content: encryptedRumor,
})

/**
 * Gift-wraps a signed seal for `recipient` with a throwaway key (32 bytes, fresh for each wrap)
 * and a time moved back by up to two days (`random` in [0, 1)). Refuses a seal too big to encrypt.
 */
export const wrapSeal = (
  seal: NostrEvent,
  recipient: string,
  wrapSecretKey: Uint8Array,
  now: number,
  random: number,
): ReadResult<NostrEvent> => {
  const key = conversationKey(wrapSecretKey, recipient)
  if (!key.ok) return key
  const content = encryptMessage(JSON.stringify(seal), key.value)
  if (!content.ok) return content
  return accept(
    finalizeEvent(
      {
        kind: Kind.GiftWrap,
        created_at: tweakedTime(now, random),
        tags: [['p', recipient]],
        content: content.value,
      },
      wrapSecretKey,
    ),
  )
}

/** The throwaway wrap key's public key (for tests and logs). */
export const wrapPubkey = (wrapSecretKey: Uint8Array): string => getPublicKey(wrapSecretKey)

/** Tags without the ticket's `a` tag, so the structured readers see the offer's `a`. */
const withoutTicketTag = (tags: readonly Tag[], ticketTag: Tag | undefined): Tag[] =>
  tags.filter((tag) => tag !== ticketTag)

const findTicketTag = (tags: readonly Tag[]): { tag: Tag; ticket: Address } | undefined => {
  for (const tag of tags) {
    if (tag[0] !== 'a') continue
    const read = readAddressTag(tag)
    if (read.ok && read.value.kind === Kind.Ticket) return { tag, ticket: read.value }
  }
  return undefined
}

/** The parts of a message its tags carry: recipient, ticket, subject, structured payloads. */
export const readChatTags = (
  tags: readonly Tag[],
): Omit<ChatMessage, 'id' | 'sender' | 'text' | 'at' | 'recipient'> & { recipient?: string } => {
  const recipient = tags.find((tag) => tag[0] === 'p' && isHex64(tag[1]))?.[1]
  const found = findTicketTag(tags)
  const subject = tagValue(tags, 'subject')
  const rest = withoutTicketTag(tags, found?.tag)
  const kind = structuredMessageKind(rest)
  const request = kind === 'payment-request' ? readPaymentRequest(rest) : undefined
  const receipt = kind === 'payment-receipt' ? readPaymentReceipt(rest) : undefined
  const workLog = kind === 'work-log' ? readWorkLog(rest) : undefined
  return {
    recipient,
    ...(found ? { ticket: found.ticket } : {}),
    ...(subject ? { subject: subject.slice(0, 300) } : {}),
    ...(request?.ok ? { paymentRequest: request.value } : {}),
    ...(receipt?.ok ? { receipt: receipt.value } : {}),
    ...(workLog?.ok ? { workLog: workLog.value } : {}),
  }
}

const isTagList = (tags: unknown): tags is Tag[] =>
  Array.isArray(tags) &&
  tags.every((tag) => Array.isArray(tag) && tag.every((item) => typeof item === 'string'))

/** A message's text cut to `READ_LIMITS.message`, with how much was cut when it was. */
export const capMessage = (content: string): Pick<ChatMessage, 'text' | 'textCut'> => {
  const capped = capText(content, READ_LIMITS.message)
  return capped.cut > 0 ? { text: capped.text, textCut: capped.cut } : { text: capped.text }
}

/** Reads a kind 14 rumor (already opened and checked against its seal). Never throws. */
export const readChatRumor = (rumor: unknown): ReadResult<ChatMessage> => {
  if (typeof rumor !== 'object' || rumor === null) return reject('the rumor is not an event')
  const { kind, pubkey, created_at, content, tags } = rumor as Record<string, unknown>
  if (kind !== Kind.ChatMessage)
    return reject(`the rumor is kind ${String(kind)}, not a chat message (14)`)
  if (!isHex64(pubkey)) return reject('the rumor has no valid author pubkey')
  if (typeof created_at !== 'number' || !Number.isSafeInteger(created_at) || created_at < 0) {
    return reject('the rumor has no valid time')
  }
  if (typeof content !== 'string') return reject('the rumor content is not text')
  if (byteLength(content) > MAX_MESSAGE_BYTES) {
    return reject(`the message is longer than ${MAX_MESSAGE_BYTES} bytes`)
  }
  if (!isTagList(tags)) return reject('the rumor tags are not lists of strings')
  const read = readChatTags(readableTags(tags))
  if (!read.recipient) return reject('the rumor names no recipient (p tag)')
  const id = getEventHash({ kind, pubkey, created_at, content, tags })
  return accept({
    id,
    sender: pubkey,
    ...capMessage(content),
    at: created_at,
    ...read,
    recipient: read.recipient,
  })
}
