import type { NostrEvent } from 'nostr-tools'
import type { ChatMessage } from '@/nostr/chat'
import { legacyCounterpart, readLegacyMessage } from '@/nostr/chat-legacy'
import { openWrap } from '@/nostr/chat-open'
import { Kind } from '@/nostr/kinds'
import type { ChatSigner } from './message-wrap'
import { chatDecrypt } from './message-wrap'

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** Opens one event (gift wrap or legacy kind 4) into a chat message, or says why it cannot. */
export const openEvent = async (
  event: NostrEvent,
  me: string,
  signer: ChatSigner,
): Promise<{ ok: true; message: ChatMessage } | { ok: false; reason: string }> => {
  if (event.kind === Kind.GiftWrap) {
    const opened = await openWrap(event, chatDecrypt(signer))
    if (!opened.ok) return opened
    const { message, rumor } = opened.value
    const toMe = rumor.tags.some((tag) => tag[0] === 'p' && tag[1] === me)
    if (message.sender !== me && !toMe) {
      return { ok: false, reason: 'the message does not name me as a recipient' }
    }
    return { ok: true, message }
  }
  const counterpart = legacyCounterpart(event, me)
  if (!counterpart) return { ok: false, reason: 'the legacy message names no recipient' }
  let plaintext: string
  try {
    plaintext = await signer.nip04Decrypt(counterpart, event.content)
  } catch (error) {
    return { ok: false, reason: `the legacy message could not be decrypted (${describe(error)})` }
  }
  const read = readLegacyMessage(event, plaintext)
  return read.ok ? { ok: true, message: read.value } : read
}
