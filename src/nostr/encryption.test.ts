import { readFileSync } from 'node:fs'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { getPublicKey } from 'nostr-tools/pure'
import { describe, expect, it } from 'vitest'
import {
  conversationKey,
  decryptMessage,
  encryptMessage,
  MAX_MESSAGE_BYTES,
  messageKeys,
  paddedLength,
} from './encryption'

// paulmillr/nip44 vectors, kept beside the repository (see shared/test-vectors/README.md).
type Vectors = {
  v2: {
    valid: {
      get_conversation_key: { sec1: string; pub2: string; conversation_key: string }[]
      get_message_keys: {
        conversation_key: string
        keys: { nonce: string; chacha_key: string; chacha_nonce: string; hmac_key: string }[]
      }
      calc_padded_len: [number, number][]
      encrypt_decrypt: {
        sec1: string
        sec2: string
        conversation_key: string
        nonce: string
        plaintext: string
        payload: string
      }[]
      encrypt_decrypt_long_msg: {
        conversation_key: string
        nonce: string
        pattern: string
        repeat: number
        plaintext_sha256: string
        payload_sha256: string
      }[]
    }
    invalid: {
      encrypt_msg_lengths: number[]
      get_conversation_key: { sec1: string; pub2: string; note: string }[]
      decrypt: { conversation_key: string; payload: string; note: string }[]
    }
  }
}

const vectors = JSON.parse(
  readFileSync(new URL('../../../shared/test-vectors/nip44.vectors.json', import.meta.url), 'utf8'),
) as Vectors
const { valid, invalid } = vectors.v2
const utf8 = new TextEncoder()
const sha256Hex = (text: string) => bytesToHex(sha256(utf8.encode(text)))

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`)
  return result.value
}

describe('conversationKey', () => {
  it.each(valid.get_conversation_key)('derives $conversation_key', (v) => {
    expect(bytesToHex(unwrap(conversationKey(v.sec1, v.pub2)))).toBe(v.conversation_key)
    expect(bytesToHex(unwrap(conversationKey(hexToBytes(v.sec1), v.pub2)))).toBe(v.conversation_key)
  })

  it.each(invalid.get_conversation_key)('refuses: $note', (v) => {
    const result = conversationKey(v.sec1, v.pub2)
    expect(result.ok).toBe(false)
  })

  it('refuses keys of the wrong size', () => {
    expect(conversationKey('abcd', 'ef'.repeat(32))).toEqual({
      ok: false,
      reason: 'The secret key must be 32 bytes (64 hex characters).',
    })
    expect(conversationKey('01'.repeat(32), 'npub1xyz').ok).toBe(false)
  })
})

describe('messageKeys', () => {
  const key = hexToBytes(valid.get_message_keys.conversation_key)
  it.each(valid.get_message_keys.keys)('expands nonce $nonce', (v) => {
    const keys = messageKeys(key, hexToBytes(v.nonce))
    expect(bytesToHex(keys.chachaKey)).toBe(v.chacha_key)
    expect(bytesToHex(keys.chachaNonce)).toBe(v.chacha_nonce)
    expect(bytesToHex(keys.hmacKey)).toBe(v.hmac_key)
  })
})

describe('paddedLength', () => {
  it.each(valid.calc_padded_len)('pads %i bytes to %i', (length, padded) => {
    expect(paddedLength(length)).toBe(padded)
  })
})

describe('encryptMessage and decryptMessage', () => {
  it.each(valid.encrypt_decrypt)('round-trips $plaintext', (v) => {
    const fromSender = unwrap(conversationKey(v.sec1, getPublicKey(hexToBytes(v.sec2))))
    const fromReceiver = unwrap(conversationKey(v.sec2, getPublicKey(hexToBytes(v.sec1))))
    expect(bytesToHex(fromSender)).toBe(v.conversation_key)
    expect(bytesToHex(fromReceiver)).toBe(v.conversation_key)

    const payload = unwrap(encryptMessage(v.plaintext, fromSender, hexToBytes(v.nonce)))
    expect(payload).toBe(v.payload)
    expect(decryptMessage(v.payload, fromReceiver)).toEqual({ ok: true, value: v.plaintext })
  })

  it.each(valid.encrypt_decrypt_long_msg)('handles $repeat × "$pattern"', (v) => {
    const plaintext = v.pattern.repeat(v.repeat)
    expect(sha256Hex(plaintext)).toBe(v.plaintext_sha256)
    const key = hexToBytes(v.conversation_key)
    const payload = unwrap(encryptMessage(plaintext, key, hexToBytes(v.nonce)))
    expect(sha256Hex(payload)).toBe(v.payload_sha256)
    expect(decryptMessage(payload, key)).toEqual({ ok: true, value: plaintext })
  })

  it('draws a fresh nonce when none is given', () => {
    const key = hexToBytes(valid.encrypt_decrypt[0]!.conversation_key)
    const first = unwrap(encryptMessage('same words', key))
    const second = unwrap(encryptMessage('same words', key))
    expect(first).not.toBe(second)
    expect(decryptMessage(first, key)).toEqual({ ok: true, value: 'same words' })
  })
})

describe('the app refuses what NIP-44 must not carry', () => {
  const key = hexToBytes(valid.encrypt_decrypt[0]!.conversation_key)
  const nonce = hexToBytes(valid.encrypt_decrypt[0]!.nonce)

  it('exports the 65,535-byte limit', () => {
    expect(MAX_MESSAGE_BYTES).toBe(65_535)
  })

  it.each(invalid.encrypt_msg_lengths)('refuses to encrypt a %i-byte message', (length) => {
    const result = encryptMessage('a'.repeat(length), key, nonce)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(length === 0 ? /empty/ : /too long/)
  })

  it('counts UTF-8 bytes, not characters', () => {
    // 21,845 three-byte characters = 65,535 bytes; one more is over the limit.
    expect(encryptMessage('€'.repeat(21_845), key, nonce).ok).toBe(true)
    expect(encryptMessage('€'.repeat(21_846), key, nonce).ok).toBe(false)
  })

  it.each(invalid.decrypt)('refuses to decrypt: $note', (v) => {
    const result = decryptMessage(v.payload, hexToBytes(v.conversation_key))
    expect(result.ok).toBe(false)
  })

  it('names the reason for a forged or foreign message', () => {
    const forged = invalid.decrypt.find((v) => v.note === 'invalid MAC')!
    expect(decryptMessage(forged.payload, hexToBytes(forged.conversation_key))).toEqual({
      ok: false,
      reason: 'The message was changed on the way or is not meant for you (invalid MAC).',
    })
  })

  it('refuses a payload sealed with another conversation key', () => {
    const v = valid.encrypt_decrypt[1]!
    const other = hexToBytes(valid.encrypt_decrypt[2]!.conversation_key)
    expect(decryptMessage(v.payload, other).ok).toBe(false)
  })

  it('refuses a payload longer than any 65,535-byte message needs', () => {
    const result = decryptMessage('A'.repeat(87_476), key)
    expect(result).toEqual({
      ok: false,
      reason: 'The message has an invalid length (87476 characters).',
    })
  })
})
