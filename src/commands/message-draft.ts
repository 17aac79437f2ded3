import type { Address } from '@/nostr/address'
import type { Rumor } from '@/nostr/chat'
import { byteLength, chatSizeProblem, makeChatRumor, MAX_MESSAGE_BYTES } from '@/nostr/chat'
import type { ReadResult } from '@/nostr/read-result'
import { accept, reject } from '@/nostr/read-result'
import type { Tag } from '@/nostr/tags'
import { describeSecretsVerdict } from '@/safety/describe-secrets-verdict'
import type { SecretsVerdict } from '@/safety/secrets-guard'
import { judgeOutgoing } from '@/safety/secrets-guard'
import { nowSeconds } from '@/ndk/message-wrap'

/** A message the person wants to send. `tags`: structured tags from message-tags.ts. */
export type ChatDraft = {
  recipient: string
  text: string
  ticket?: Address | string
  subject?: string
  tags?: Tag[]
}

/** Why a draft may not be sent (secrets guard, empty, too long), with the guard's findings. */
export type DraftRefusal = { ok: false; reason: string; verdict?: SecretsVerdict }

/**
 * Checks text before it is kept or sent: not empty, no secret the guard blocks (a recovery phrase,
 * a private key, an nsec…), and within the 65,535-byte limit. `recent`: the sender's last texts in
 * the thread, oldest first, so a recovery phrase sent in pieces is refused at its last piece.
 */
export const checkDraftText = (
  text: string,
  recent: readonly string[] = [],
): DraftRefusal | undefined => {
  if (text.trim() === '') return { ok: false, reason: 'Write a message first.' }
  if (byteLength(text) > MAX_MESSAGE_BYTES) {
    return { ok: false, reason: chatSizeProblem({ content: text }) ?? 'The message is too long.' }
  }
  const verdict = judgeOutgoing(text, { recent })
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
