import type { NostrEvent } from 'nostr-tools'
import { generateSecretKey } from 'nostr-tools/pure'
import type { Rumor } from '@/nostr/chat'
import { chatSizeProblem, makeSealTemplate, tweakedTime, wrapSeal } from '@/nostr/chat'
import type { Nip44Decrypt } from '@/nostr/chat-open'
import { decryptMessage } from '@/nostr/encryption'
import type { ReadResult } from '@/nostr/read-result'
import { accept, reject } from '@/nostr/read-result'
import type { AppSigner } from './signer'

/** What messaging needs from a signer; a local-key signer may add `conversationKey`. */
export type ChatSigner = Pick<
  AppSigner,
  'pubkey' | 'signEvent' | 'nip44Encrypt' | 'nip44Decrypt' | 'nip04Decrypt'
> & { conversationKey?: (peer: string) => Uint8Array }

/** The two gift wraps of one message: the recipient's, and mine (for my other devices). */
export type WrappedCopies = { recipient: NostrEvent; self?: NostrEvent }

/** A uniform random number in [0, 1) from the platform's CSPRNG. */
export const secureRandom = (): number => {
  const word = new Uint32Array(1)
  crypto.getRandomValues(word)
  return (word[0] ?? 0) / 2 ** 32
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000)

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'no reason given'

/** Seals the rumor for `recipient` (signer's NIP-44 and signature), then wraps it locally. */
const sealAndWrap = async (
  rumor: Rumor,
  recipient: string,
  signer: ChatSigner,
  now: number,
): Promise<ReadResult<NostrEvent>> => {
  let seal: NostrEvent
  try {
    const content = await signer.nip44Encrypt(recipient, JSON.stringify(rumor))
    seal = await signer.signEvent(makeSealTemplate(content, tweakedTime(now, secureRandom())))
  } catch (error) {
    return reject(`Your signer did not seal the message: ${describe(error)}`)
  }
  if (seal.pubkey !== signer.pubkey || seal.kind !== 13) {
    return reject('Your signer returned a seal that is not yours; the message was not sent.')
  }
  return wrapSeal(seal, recipient, generateSecretKey(), now, secureRandom())
}

/**
 * Gift-wraps a rumor to its recipient and to me (NIP-17: a seal and a fresh throwaway key per
 * copy). The signer encrypts and signs each seal; the wraps are made here.
 */
export const wrapRumor = async (
  rumor: Rumor,
  recipient: string,
  signer: ChatSigner,
  now = nowSeconds(),
): Promise<ReadResult<WrappedCopies>> => {
  const tooBig = chatSizeProblem(rumor)
  if (tooBig) return reject(tooBig)
  if (rumor.pubkey !== signer.pubkey)
    return reject('This message is not written by the signed-in person.')
  const theirs = await sealAndWrap(rumor, recipient, signer, now)
  if (!theirs.ok) return theirs
  if (recipient === signer.pubkey) return accept({ recipient: theirs.value })
  const mine = await sealAndWrap(rumor, signer.pubkey, signer, now)
  if (!mine.ok) return mine
  return accept({ recipient: theirs.value, self: mine.value })
}

/**
 * The NIP-44 decryption used to open wraps: the signer's, or — when the signer can hand out
 * conversation keys (a local key) — local decryption with its cached keys.
 */
export const chatDecrypt = (signer: ChatSigner): Nip44Decrypt => {
  const keyOf = signer.conversationKey
  if (!keyOf) return (peer, payload) => signer.nip44Decrypt(peer, payload)
  return async (peer, payload) => {
    const plain = decryptMessage(payload, keyOf(peer))
    if (!plain.ok) throw new Error(plain.reason)
    return plain.value
  }
}
