import type { EventTemplate } from 'nostr-tools'
import { nip04 } from 'nostr-tools'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { conversationKey, decryptMessage, encryptMessage } from '@/nostr/encryption'
import type { AppSigner } from './signer'

/**
 * A signer holding a secret key in memory: for tests, the bench and scripts only (the app never
 * holds the person's key). It caches the NIP-44 conversation key per counterpart, because the
 * ECDH behind it is the slow part of decrypting.
 */
export type LocalKeySigner = AppSigner & {
  /** The shared NIP-44 key with `peer`, computed once per counterpart (LRU of `cacheSize`). */
  conversationKey: (peer: string) => Uint8Array
}

const unwrap = (result: { ok: true; value: string } | { ok: false; reason: string }) => {
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

/** A local-key signer with a conversation-key cache of `cacheSize` counterparts. */
export const localKeySigner = (secretKey: Uint8Array, cacheSize = 256): LocalKeySigner => {
  const pubkey = getPublicKey(secretKey)
  const keys = new Map<string, Uint8Array>()
  const keyFor = (peer: string): Uint8Array => {
    const cached = keys.get(peer)
    if (cached) {
      keys.delete(peer)
      keys.set(peer, cached)
      return cached
    }
    const key = conversationKey(secretKey, peer)
    if (!key.ok) throw new Error(key.reason)
    keys.set(peer, key.value)
    if (keys.size > cacheSize) keys.delete(keys.keys().next().value as string)
    return key.value
  }
  return {
    method: 'nip07',
    pubkey,
    conversationKey: keyFor,
    signEvent: async (template: EventTemplate) => finalizeEvent(template, secretKey),
    nip44Encrypt: async (peer, plaintext) => unwrap(encryptMessage(plaintext, keyFor(peer))),
    nip44Decrypt: async (peer, payload) => unwrap(decryptMessage(payload, keyFor(peer))),
    nip04Decrypt: async (peer, payload) => nip04.decrypt(secretKey, peer, payload),
    close: () => keys.clear(),
  }
}
