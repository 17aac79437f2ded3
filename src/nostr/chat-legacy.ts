import type { NostrEvent } from 'nostr-tools'
import type { ChatMessage } from './chat'
import { byteLength, capMessage, MAX_MESSAGE_BYTES, readChatTags } from './chat'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { readableTags } from './read-limits'
import { isHex64 } from './tags'

/**
 * Legacy NIP-04 direct messages (kind 4), which SatShoot still sends with the ticket's `a` tag.
 * Read only, never written: https://github.com/nostr-protocol/nips/blob/master/04.md
 */

/** The other side of a kind 4 message: its author, or its `p` when I wrote it. */
export const legacyCounterpart = (event: NostrEvent, me: string): string | undefined => {
  if (event.pubkey !== me) return event.pubkey
  const recipient = event.tags.find((tag) => tag[0] === 'p' && isHex64(tag[1]))?.[1]
  return recipient
}

/** Reads a verified kind 4 event and its decrypted text as a chat message marked `legacy`. */
export const readLegacyMessage = (
  event: NostrEvent,
  plaintext: string,
): ReadResult<ChatMessage> => {
  if (event.kind !== Kind.LegacyDirectMessage) return reject(`it is kind ${event.kind}, not 4`)
  if (typeof plaintext !== 'string') return reject('it did not decrypt to text')
  if (byteLength(plaintext) > MAX_MESSAGE_BYTES) {
    return reject(`the message is longer than ${MAX_MESSAGE_BYTES} bytes`)
  }
  const tags = readChatTags(readableTags(event.tags))
  if (!tags.recipient) return reject('it names no recipient (p tag)')
  return accept({
    id: event.id,
    sender: event.pubkey,
    ...capMessage(plaintext),
    at: event.created_at,
    ...tags,
    recipient: tags.recipient,
    legacy: true,
  })
}
