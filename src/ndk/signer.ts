import type { EventTemplate, NostrEvent } from 'nostr-tools'
import { toVerifiedEvent } from './verify'

/**
 * What the app needs from whoever holds the person's key (extension or remote signer). The key
 * itself never reaches this app.
 */
export type AppSigner = {
  method: 'nip07' | 'nip46'
  /** The signed-in person's public key (hex). */
  pubkey: string
  /** Signs a template; the result has been checked with {@link checkSignedEvent}. */
  signEvent: (template: EventTemplate) => Promise<NostrEvent>
  nip44Encrypt: (peerPubkey: string, plaintext: string) => Promise<string>
  nip44Decrypt: (peerPubkey: string, ciphertext: string) => Promise<string>
  /** Only for reading legacy NIP-04 messages and old mute lists; never used to write. */
  nip04Decrypt: (peerPubkey: string, ciphertext: string) => Promise<string>
  /** Stops talking to the signer (closes relay connections); the signer is unusable afterwards. */
  close: () => void
}

/** A signer answered with something the app must not use. */
export class SignerError extends Error {
  override name = 'SignerError'
}

const sameTags = (a: string[][], b: string[][]) =>
  a.length === b.length &&
  a.every((tag, i) => tag.length === b[i]?.length && tag.every((v, j) => v === b[i]?.[j]))

/**
 * Checks what a signer returned for `template`: a validly signed event, by `pubkey`, with the
 * template's kind, content and tags. Throws a SignerError otherwise.
 */
export const checkSignedEvent = (
  returned: unknown,
  template: EventTemplate,
  pubkey: string,
): NostrEvent => {
  const event = toVerifiedEvent(returned)
  if (!event) throw new SignerError('The signer returned an event with an invalid signature.')
  if (event.pubkey !== pubkey) {
    throw new SignerError('The signer signed with a different key than the one you signed in with.')
  }
  if (
    event.kind !== template.kind ||
    event.content !== template.content ||
    !sameTags(event.tags, template.tags)
  ) {
    throw new SignerError('The signer returned a different event than the one the app asked for.')
  }
  return event
}
