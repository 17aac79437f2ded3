import type { ChatMessage } from '@/nostr/chat'
import { readChatRumor } from '@/nostr/chat'
import type { OutboxItem, OutgoingDraft } from '@/stores/outbox'
import { useOutboxStore } from '@/stores/outbox'
import { threadKeyOf, useMessages } from '@/stores/messages'
import { useSession } from '@/stores/session'
import { currentSigner } from '@/ndk/current-signer'
import type { DraftRefusal, DeliveryOutcome } from './message-delivery'
import { buildRumor, checkDraftText, publishWraps } from './message-delivery'
import type { ChatSigner } from '@/ndk/message-wrap'
import { wrapRumor } from '@/ndk/message-wrap'

/**
 * The send path the app uses: a message is saved in the outbox before anything goes on the wire,
 * then sealed, wrapped and published; it stays pending while no relay answers and is sent again
 * when one connects (see message-session.ts), or fails with the relay's reason and a retry.
 */

export type QueueResult = { ok: true; id: string } | DraftRefusal

/** Reasons that mean no relay answered at all (rather than a relay saying no). */
const NO_ANSWER = /timeout|no answer|not connected|disconnect|connection|websocket|closed/i

const signerFor = (me: string): ChatSigner | undefined => {
  const signer = currentSigner()
  return signer?.pubkey === me ? signer : undefined
}

const inFlight = new Set<string>()

/**
 * What a delivery means for the outbox item: sent (the recipient's copy reached a relay), still
 * pending (no relay answered: it is sent again when one connects), or failed (a relay said no).
 */
export const judgeDelivery = (delivery: DeliveryOutcome): Partial<OutboxItem> => {
  const { accepted, refused, target } = delivery.recipient
  if (accepted.length > 0) {
    return { status: 'sent', relayCount: accepted.length, reason: undefined }
  }
  const answered = refused.filter((r) => !NO_ANSWER.test(r.reason))
  if (answered.length > 0) {
    const first = answered[0]
    return {
      status: 'failed',
      reason: `Refused by ${first?.relay}: ${first?.reason}`,
    }
  }
  const count = target.relays.length
  return {
    status: 'pending',
    reason:
      count === 0
        ? 'No relay to send it to yet. It will be sent when one connects.'
        : `None of ${count === 1 ? 'the recipient’s relay' : `the recipient’s ${count} relays`} answered. It will be sent when a relay connects.`,
  }
}

/** Tries to send one outbox item (once at a time); the store follows every step. */
export const deliverItem = async (id: string): Promise<void> => {
  const store = useOutboxStore.getState()
  const item = store.items.find((i) => i.id === id)
  const me = store.owner
  if (!item || !me || inFlight.has(id) || item.status === 'sent') return
  if (!item.rumor) {
    // saved by an older version without its rumor: build it now, once
    const rumor = buildRumor(item, me, item.createdAt)
    store.update(id, rumor.ok ? { rumor: rumor.value } : { status: 'failed', reason: rumor.reason })
    if (rumor.ok) return deliverItem(id)
    return
  }
  const signer = signerFor(me)
  if (!signer && !item.wraps) {
    store.update(id, { status: 'pending', reason: 'Waiting for your signer to seal it.' })
    return
  }
  inFlight.add(id)
  store.update(id, { status: 'sending', attempts: item.attempts + 1 })
  try {
    let wraps = item.wraps
    if (!wraps?.recipient && signer) {
      const made = await wrapRumor(item.rumor, item.recipient, signer)
      if (!made.ok) {
        useOutboxStore.getState().update(id, { status: 'failed', reason: made.reason })
        return
      }
      wraps = made.value
      useOutboxStore.getState().update(id, { wraps })
    }
    if (!wraps?.recipient) return
    const delivery = await publishWraps(
      { recipient: wraps.recipient, self: wraps.self },
      item.recipient,
      me,
    )
    const verdict = judgeDelivery(delivery)
    useOutboxStore.getState().update(id, verdict)
    if (verdict.status === 'sent') {
      const message = readChatRumor(item.rumor)
      if (message.ok) useMessages.getState().addMessages([message.value])
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'Sending failed.'
    useOutboxStore.getState().update(id, { status: 'failed', reason })
  } finally {
    inFlight.delete(id)
  }
}

/**
 * Sends a message through the outbox: checks it (secrets guard, size), saves it on this device,
 * then delivers it in the background. Resolves as soon as the draft is safe; watch the outbox
 * item `id` for pending → sent / failed.
 */
export const sendMessage = (draft: OutgoingDraft): QueueResult => {
  const me = useSession.getState().pubkey
  if (!me || useSession.getState().status !== 'signed-in') {
    return { ok: false, reason: 'Sign in first: messages are signed and encrypted by you.' }
  }
  const refusal = checkDraftText(draft.text)
  if (refusal) return refusal
  const rumor = buildRumor(draft, me)
  if (!rumor.ok) return { ok: false, reason: rumor.reason }
  if (useOutboxStore.getState().owner !== me) useOutboxStore.getState().load(me)
  useOutboxStore.getState().add({
    ...draft,
    id: rumor.value.id,
    threadKey: threadKeyOf(draft.recipient, draft.ticket),
    createdAt: rumor.value.created_at,
    status: 'pending',
    attempts: 0,
    rumor: rumor.value,
  })
  void deliverItem(rumor.value.id)
  return { ok: true, id: rumor.value.id }
}

/** Sends a failed or pending message again (the very same message: same id, same time). */
export const retryMessage = (id: string): Promise<void> => deliverItem(id)

/** Drops an unsent message from the outbox (and from this device). */
export const discardMessage = (id: string): void => {
  if (!inFlight.has(id)) useOutboxStore.getState().remove(id)
}

/** Tries every pending message again (a relay connected, or the app started). */
export const flushOutbox = async (): Promise<void> => {
  const pending = useOutboxStore.getState().items.filter((item) => item.status === 'pending')
  await Promise.all(pending.map((item) => deliverItem(item.id)))
}

/** The message an outbox item will become once sent (for showing it in its thread). */
export const outboxMessage = (item: OutboxItem): ChatMessage | undefined => {
  if (!item.rumor) return undefined
  const read = readChatRumor(item.rumor)
  return read.ok ? read.value : undefined
}
