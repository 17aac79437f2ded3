import { expand } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { hexToBytes } from '@noble/hashes/utils.js'
import { v2 as nip44v2 } from 'nostr-tools/nip44'
import { accept, reject, type ReadResult } from './read-result'

/**
 * NIP-44 v2 send and receive path for direct messages (https://github.com/nostr-protocol/nips/blob/master/44.md).
 * nostr-tools does the cryptography; this module adds the app's own limits and turns every failure
 * into a plain reason instead of an exception.
 */

/** The largest plaintext (UTF-8 bytes) the app sends or accepts in one encrypted message. */
export const MAX_MESSAGE_BYTES = 65_535
/** The smallest plaintext (UTF-8 bytes): NIP-44 cannot encrypt an empty message. */
export const MIN_MESSAGE_BYTES = 1

/** Base64 length of a NIP-44 v2 payload carrying 1 byte (132) and 65,535 bytes (87,472). */
const MIN_PAYLOAD_CHARS = 132
const MAX_PAYLOAD_CHARS = 87_472
const HEX_32 = /^[0-9a-f]{64}$/i
const utf8 = new TextEncoder()

const toKeyBytes = (key: Uint8Array | string): Uint8Array | undefined => {
  if (typeof key === 'string') return HEX_32.test(key) ? hexToBytes(key) : undefined
  return key instanceof Uint8Array && key.length === 32 ? key : undefined
}

/**
 * The shared conversation key between our secret key and their public key (x-only hex), as
 * nostr-tools `getConversationKey` computes it. Refuses out-of-range secret keys and public keys
 * that are not points on secp256k1.
 */
export function conversationKey(
  secretKey: Uint8Array | string,
  publicKeyHex: string,
): ReadResult<Uint8Array> {
  const secret = toKeyBytes(secretKey)
  if (!secret) return reject('The secret key must be 32 bytes (64 hex characters).')
  if (typeof publicKeyHex !== 'string' || !HEX_32.test(publicKeyHex)) {
    return reject('The public key must be 64 hex characters.')
  }
  try {
    return accept(nip44v2.utils.getConversationKey(secret, publicKeyHex.toLowerCase()))
  } catch {
    return reject('These keys cannot make a shared secret: one of them is not a valid key.')
  }
}

/** The per-message keys NIP-44 derives from a conversation key and a 32-byte nonce. */
export function messageKeys(conversationKeyBytes: Uint8Array, nonce: Uint8Array) {
  const keys = expand(sha256, conversationKeyBytes, nonce, 76)
  return {
    chachaKey: keys.slice(0, 32),
    chachaNonce: keys.slice(32, 44),
    hmacKey: keys.slice(44, 76),
  }
}

/** The padded length NIP-44 uses for a plaintext of `unpaddedBytes` bytes. */
export const paddedLength = (unpaddedBytes: number): number =>
  nip44v2.utils.calcPaddedLen(unpaddedBytes)

const checkKey = (key: Uint8Array): string | undefined =>
  key instanceof Uint8Array && key.length === 32
    ? undefined
    : 'The conversation key must be 32 bytes.'

/**
 * Encrypts a message for the other side. `nonce` (32 bytes) is only for tests and vectors:
 * leave it out and nostr-tools draws a random one.
 */
export function encryptMessage(
  plaintext: string,
  conversationKeyBytes: Uint8Array,
  nonce?: Uint8Array,
): ReadResult<string> {
  if (typeof plaintext !== 'string') return reject('The message must be text.')
  const size = utf8.encode(plaintext).length
  if (size < MIN_MESSAGE_BYTES) return reject('The message is empty.')
  if (size > MAX_MESSAGE_BYTES) {
    return reject(`The message is too long: ${size} bytes, the limit is ${MAX_MESSAGE_BYTES}.`)
  }
  const keyProblem = checkKey(conversationKeyBytes)
  if (keyProblem) return reject(keyProblem)
  if (nonce !== undefined && !(nonce instanceof Uint8Array && nonce.length === 32)) {
    return reject('The nonce must be 32 bytes.')
  }
  try {
    return accept(nip44v2.encrypt(plaintext, conversationKeyBytes, nonce))
  } catch (error) {
    return reject(`The message could not be encrypted (${describe(error)}).`)
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : 'unknown')

const decryptFailure = (message: string): string => {
  if (/mac/i.test(message)) {
    return 'The message was changed on the way or is not meant for you (invalid MAC).'
  }
  if (/padding/i.test(message)) return 'The message is malformed (invalid padding).'
  if (/base64/i.test(message)) return 'The message is not valid base64.'
  if (/version/i.test(message)) return 'The message uses an unknown encryption version.'
  if (/length/i.test(message)) return `The message has an invalid length (${message}).`
  return `The message could not be decrypted (${message}).`
}

/** Decrypts a NIP-44 v2 payload; never throws. */
export function decryptMessage(
  payload: string,
  conversationKeyBytes: Uint8Array,
): ReadResult<string> {
  if (typeof payload !== 'string') return reject('The message payload must be text.')
  const keyProblem = checkKey(conversationKeyBytes)
  if (keyProblem) return reject(keyProblem)
  if (payload.startsWith('#')) return reject('The message uses an unknown encryption version.')
  if (payload.length < MIN_PAYLOAD_CHARS || payload.length > MAX_PAYLOAD_CHARS) {
    return reject(`The message has an invalid length (${payload.length} characters).`)
  }
  let plaintext: string
  try {
    plaintext = nip44v2.decrypt(payload, conversationKeyBytes)
  } catch (error) {
    return reject(decryptFailure(describe(error)))
  }
  if (utf8.encode(plaintext).length > MAX_MESSAGE_BYTES) {
    return reject(`The message is longer than ${MAX_MESSAGE_BYTES} bytes.`)
  }
  return accept(plaintext)
}
