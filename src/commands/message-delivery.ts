import type { NostrEvent } from 'nostr-tools'
import type { Address } from '@/nostr/address'
import type { ChatMessage, Rumor } from '@/nostr/chat'
import {
  byteLength,
  chatSizeProblem,
  makeChatRumor,
  MAX_MESSAGE_BYTES,
  readChatRumor,
} from '@/nostr/chat'
import type { ReadResult } from '@/nostr/read-result'
import { accept, reject } from '@/nostr/read-result'
import type { Tag } from '@/nostr/tags'
import { describeSecretsVerdict } from '@/safety/describe-secrets-verdict'
import type { SecretsVerdict } from '@/safety/secrets-guard'
import { checkForSecrets } from '@/safety/secrets-guard'
import { currentSigner } from '@/ndk/current-signer'
import type { InboxRelays } from '@/stores/dm-relays'
import { inboxRelaysOf } from '@/stores/dm-relays'
import type { ChatSigner, WrappedCopies } from '@/ndk/message-wrap'
import { nowSeconds, wrapRumor } from '@/ndk/message-wrap'
import { publishSigned } from '@/ndk/publish'

export { watchInbox } from '@/stores/message-inbox'
export type { InboxHandlers, WatchInboxOptions } from '@/stores/message-inbox'

/** A message the person wants to send. `tags`: structured tags from message-tags.ts. */
export type ChatDraft = {
  recipient: string
  text: string
  ticket?: Address | string
  subject?: string
  tags?: Tag[]
}

/** Where one gift-wrapped copy went: the relays chosen, those that took it, those that refused. */
export type CopyOutcome = {
  target: InboxRelays
  accepted: string[]
  refused: { relay: string; reason: string }[]
}

/** Both copies of a sent message. `self` is missing for a message to oneself. */
export type DeliveryOutcome = { recipient: CopyOutcome; self?: CopyOutcome }

/** Why a draft may not be sent (secrets guard, empty, too long), with the guard's findings. */
export type DraftRefusal = { ok: false; reason: string; verdict?: SecretsVerdict }

export type SendResult =
  ({ ok: true; rumor: Rumor; message: ChatMessage } & DeliveryOutcome) | DraftRefusal

/**
 * Checks text before it is kept or sent: not empty, no secret the guard blocks (a recovery phrase,
 * a private key, an nsec…), and within the 65,535-byte limit.
 */
export const checkDraftText = (text: string): DraftRefusal | undefined => {
  if (text.trim() === '') return { ok: false, reason: 'Write a message first.' }
  if (byteLength(text) > MAX_MESSAGE_BYTES) {
    return { ok: false, reason: chatSizeProblem({ content: text }) ?? 'The message is too long.' }
  }
  const verdict = checkForSecrets(text)
  if (verdict.verdict === 'block') {
    return {
      ok: false,
      reason: describeSecretsVerdict(verdict) ?? 'This message contains a secret: it was not sent.',
      verdict,
    }
  }
  return undefined
}

/** Builds the rumor for a draft, refusing what may not be sent. */
export const buildRumor = (
  draft: ChatDraft,
  sender: string,
  now = nowSeconds(),
): ReadResult<Rumor> => {
  const refusal = checkDraftText(draft.text)
  if (refusal) return reject(refusal.reason)
  let rumor: Rumor
  try {
    rumor = makeChatRumor({ ...draft, sender }, now)
  } catch (error) {
    return reject(error instanceof Error ? error.message : 'The message could not be built.')
  }
  const tooBig = chatSizeProblem(rumor)
  return tooBig ? reject(tooBig) : accept(rumor)
}

const publishCopy = async (wrap: NostrEvent, owner: string): Promise<CopyOutcome> => {
  const target = await inboxRelaysOf(owner)
  const outcome = await publishSigned(wrap, target.relays, 8000)
  return { target, accepted: outcome.accepted, refused: outcome.refused }
}

/** Publishes both wraps: the recipient's to their inbox relays, mine to mine. */
export const publishWraps = async (
  wraps: WrappedCopies,
  recipient: string,
  me: string,
): Promise<DeliveryOutcome> => {
  const [theirs, mine] = await Promise.all([
    publishCopy(wraps.recipient, recipient),
    wraps.self ? publishCopy(wraps.self, me) : Promise.resolve(undefined),
  ])
  return mine ? { recipient: theirs, self: mine } : { recipient: theirs }
}

/**
 * Sends a NIP-17 message right away: secrets guard, rumor, seals by the signer, gift wraps with
 * fresh keys, then the recipient's copy to their kind 10050 relays (→ NIP-65 read → app relays)
 * and mine to mine. Most callers want `sendMessage` (message-outbox.ts), which keeps the draft.
 */
export const sendChatMessage = async (
  draft: ChatDraft,
  options: { signer?: ChatSigner; now?: number } = {},
): Promise<SendResult> => {
  const refusal = checkDraftText(draft.text)
  if (refusal) return refusal
  const signer = options.signer ?? currentSigner()
  if (!signer)
    return { ok: false, reason: 'Sign in first: messages are signed and encrypted by you.' }
  const rumor = buildRumor(draft, signer.pubkey, options.now)
  if (!rumor.ok) return { ok: false, reason: rumor.reason }
  const message = readChatRumor(rumor.value)
  if (!message.ok) return { ok: false, reason: message.reason }
  const wraps = await wrapRumor(rumor.value, draft.recipient, signer, options.now)
  if (!wraps.ok) return { ok: false, reason: wraps.reason }
  const delivery = await publishWraps(wraps.value, draft.recipient, signer.pubkey)
  return { ok: true, rumor: rumor.value, message: message.value, ...delivery }
}
