import type { NostrEvent } from 'nostr-tools'
import type { ChatMessage, Rumor } from './chat'
import { byteLength, MAX_MESSAGE_BYTES, readChatRumor } from './chat'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { hasValidSignature } from './signature'
import { isHex64 } from './tags'

/**
 * Opening NIP-59 gift wraps: wrap (1059) → seal (13, signature checked) → rumor (14, its author
 * must be the seal's signer). Decryption is passed in (a signer's nip44Decrypt or a local key), so
 * this stays pure; every failure is a reason, never an exception.
 */

/** Decrypts a NIP-44 payload from `peerPubkey` to me; may reject (a signer refusing, a bad MAC). */
export type Nip44Decrypt = (peerPubkey: string, payload: string) => Promise<string>

/** What opening a wrap gives: the seal's signer, the rumor and the message read from it. */
export type OpenedWrap = { wrapId: string; seal: NostrEvent; rumor: Rumor; message: ChatMessage }

export const IDENTITY_MISMATCH = "the sender's identity does not match the seal — dropped"

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error'

const decryptJson = async (
  decrypt: Nip44Decrypt,
  peer: string,
  payload: string,
  what: string,
): Promise<ReadResult<unknown>> => {
  let plaintext: unknown
  try {
    plaintext = await decrypt(peer, payload)
  } catch (error) {
    return reject(`the ${what} could not be decrypted (${describe(error)})`)
  }
  if (typeof plaintext !== 'string') return reject(`the ${what} did not decrypt to text`)
  if (byteLength(plaintext) > MAX_MESSAGE_BYTES) {
    return reject(`the ${what} is longer than ${MAX_MESSAGE_BYTES} bytes`)
  }
  try {
    return accept(JSON.parse(plaintext) as unknown)
  } catch {
    return reject(`the ${what} is not JSON`)
  }
}

/** Opens a seal (kind 13): checks its signature, decrypts the rumor, checks who wrote it. */
export const openSeal = async (
  seal: unknown,
  decrypt: Nip44Decrypt,
): Promise<ReadResult<{ seal: NostrEvent; rumor: Rumor; message: ChatMessage }>> => {
  if (typeof seal !== 'object' || seal === null) return reject('the seal is not an event')
  const event = seal as NostrEvent
  if (event.kind !== Kind.Seal) return reject(`the seal is kind ${String(event.kind)}, not 13`)
  if (typeof event.content !== 'string' || !isHex64(event.pubkey)) {
    return reject('the seal is malformed')
  }
  if (!hasValidSignature(event)) return reject('the seal has an invalid signature')
  const rumor = await decryptJson(decrypt, event.pubkey, event.content, 'rumor')
  if (!rumor.ok) return rumor
  const author = (rumor.value as { pubkey?: unknown } | null)?.pubkey
  if (author !== event.pubkey) return reject(IDENTITY_MISMATCH)
  const message = readChatRumor(rumor.value)
  if (!message.ok) return message
  const raw = rumor.value as Rumor
  const plain: Rumor = {
    id: message.value.id,
    kind: raw.kind,
    pubkey: raw.pubkey,
    created_at: raw.created_at,
    tags: raw.tags.map((tag) => [...tag]),
    content: raw.content,
  }
  return accept({ seal: event, rumor: plain, message: message.value })
}

/** Opens a gift wrap (kind 1059) addressed to me: two decryptions, then the seal's checks. */
export const openWrap = async (
  wrap: NostrEvent,
  decrypt: Nip44Decrypt,
): Promise<ReadResult<OpenedWrap>> => {
  if (typeof wrap !== 'object' || wrap === null) return reject('the gift wrap is not an event')
  if (wrap.kind !== Kind.GiftWrap) return reject(`the event is kind ${String(wrap.kind)}, not 1059`)
  if (typeof wrap.content !== 'string' || !isHex64(wrap.pubkey) || !isHex64(wrap.id)) {
    return reject('the gift wrap is malformed')
  }
  const seal = await decryptJson(decrypt, wrap.pubkey, wrap.content, 'seal')
  if (!seal.ok) return seal
  const opened = await openSeal(seal.value, decrypt)
  if (!opened.ok) return opened
  return accept({ wrapId: wrap.id, ...opened.value })
}
