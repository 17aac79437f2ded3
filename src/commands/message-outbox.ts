import type { ChatMessage } from '@/nostr/chat'
import { readChatRumor } from '@/nostr/chat'
import type { OutboxItem, OutgoingDraft } from '@/stores/outbox'
import { useOutboxStore } from '@/stores/outbox'
import { threadKeyOf, useMessages } from '@/stores/messages'
import { useSession } from '@/stores/session'
import { currentSigner } from '@/ndk/current-signer'
import type { PublishJob } from '@/stores/publish-outbox'
import { jobStatus, usePublishOutbox } from '@/stores/publish-outbox'
import { inboxRelaysOf } from '@/stores/dm-relays'
import type { DraftRefusal } from './message-draft'
import { buildRumor, checkDraftText } from './message-draft'
import { recentOwnTexts } from './recent-own-messages'
import { discardJob, enqueue, retryJob } from './publish-outbox'
import type { ChatSigner } from '@/ndk/message-wrap'
import { wrapRumor } from '@/ndk/message-wrap'

/**
 * The send path the app uses: a message is saved in the message outbox before anything goes on
 * the wire, then sealed and wrapped (that needs the signer), and its two gift wraps handed to the
 * one outbox every signed event goes through (publish-outbox.ts): the recipient's copy to their
 * inbox relays, mine to mine. The message follows its recipient copy's job: pending while no
 * relay took it, sent once one did, failed when every relay refused it for good.
 */

export type QueueResult = { ok: true; id: string } | DraftRefusal

const signerFor = (me: string): ChatSigner | undefined => {
  const signer = currentSigner()
  return signer?.pubkey === me ? signer : undefined
}

const inFlight = new Set<string>()

const relayWord = (count: number) =>
  count === 1 ? 'the recipient’s relay' : `the recipient’s ${count} relays`

/** What the job of a message's recipient copy means for the message (undefined: no news yet). */
export const judgeRecipientCopy = (job: PublishJob): Partial<OutboxItem> => {
  const status = jobStatus(job)
  switch (status.kind) {
    case 'published':
    case 'partial':
      return { status: 'sent', relayCount: status.accepted, reason: undefined }
    case 'refused': {
      const first = status.reasons[0]
      return { status: 'failed', reason: `Refused by ${first?.relay}: ${first?.reason}` }
    }
    case 'waiting':
      return {
        status: 'pending',
        reason:
          status.total === 0
            ? 'No relay to send it to yet. It will be sent when one connects.'
            : `None of ${relayWord(status.total)} took it yet. It will be sent when a relay connects.`,
      }
  }
}

/** Follows the jobs of queued messages into the message outbox (and sent ones into threads). */
const followJobs = () => {
  const outbox = useOutboxStore.getState()
  const jobs = usePublishOutbox.getState()
  if (!outbox.owner || jobs.owner !== outbox.owner) return
  for (const item of outbox.items) {
    const wrapId = item.wraps?.recipient?.id
    if (!item.queued || !wrapId || item.status === 'sent') continue
    const job = jobs.jobs[wrapId]
    // no job left: it went out (every relay meant for it took it, or refused it after one did)
    const verdict = job
      ? judgeRecipientCopy(job)
      : { status: 'sent' as const, relayCount: jobs.published[wrapId], reason: undefined }
    if (verdict.status === item.status && verdict.reason === item.reason) continue
    useOutboxStore.getState().update(item.id, verdict)
    if (verdict.status === 'sent' && item.rumor) {
      const message = readChatRumor(item.rumor)
      if (message.ok) useMessages.getState().addMessages([message.value])
    }
  }
}
usePublishOutbox.subscribe(followJobs)

/** Seals and wraps one message (once: a retry reuses them) and hands both copies to the outbox. */
export const deliverItem = async (id: string): Promise<void> => {
  const store = useOutboxStore.getState()
  const item = store.items.find((i) => i.id === id)
  const me = store.owner
  if (!item || !me || inFlight.has(id) || item.status === 'sent' || item.queued) return
  if (!item.rumor) {
    // saved by an older version without its rumor: build it now, once
    const rumor = buildRumor(item, me, item.createdAt)
    store.update(id, rumor.ok ? { rumor: rumor.value } : { status: 'failed', reason: rumor.reason })
    if (rumor.ok) return deliverItem(id)
    return
  }
  const signer = signerFor(me)
  if (!signer && !item.wraps?.recipient) {
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
    const [theirs, mine] = await Promise.all([inboxRelaysOf(item.recipient), inboxRelaysOf(me)])
    const label = 'A private message'
    await enqueue(wraps.recipient, label, theirs.relays, me)
    if (wraps.self) await enqueue(wraps.self, label, mine.relays, me)
    useOutboxStore.getState().update(id, { queued: true })
    followJobs()
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
  const threadKey = threadKeyOf(draft.recipient, draft.ticket)
  const refusal = checkDraftText(draft.text, recentOwnTexts(threadKey))
  if (refusal) return refusal
  const rumor = buildRumor(draft, me)
  if (!rumor.ok) return { ok: false, reason: rumor.reason }
  if (useOutboxStore.getState().owner !== me) useOutboxStore.getState().load(me)
  useOutboxStore.getState().add({
    ...draft,
    id: rumor.value.id,
    threadKey,
    createdAt: rumor.value.created_at,
    status: 'pending',
    attempts: 0,
    rumor: rumor.value,
  })
  void deliverItem(rumor.value.id)
  return { ok: true, id: rumor.value.id }
}

/** Sends a failed or pending message again (the very same message: same id, same wraps). */
export const retryMessage = async (id: string): Promise<void> => {
  const item = useOutboxStore.getState().items.find((i) => i.id === id)
  if (!item) return
  if (!item.queued) return deliverItem(id)
  for (const wrap of [item.wraps?.recipient, item.wraps?.self]) if (wrap) retryJob(wrap.id)
  useOutboxStore.getState().update(id, { status: 'pending', reason: undefined })
}

/** Drops an unsent message from the outbox (and from this device), with its copies' jobs. */
export const discardMessage = (id: string): void => {
  if (inFlight.has(id)) return
  const item = useOutboxStore.getState().items.find((i) => i.id === id)
  for (const wrap of [item?.wraps?.recipient, item?.wraps?.self]) if (wrap) discardJob(wrap.id)
  useOutboxStore.getState().remove(id)
}

/** Seals what waited for the signer (the app started, or a relay connected). */
export const flushOutbox = async (): Promise<void> => {
  const waiting = useOutboxStore
    .getState()
    .items.filter((item) => item.status === 'pending' && !item.queued)
  await Promise.all(waiting.map((item) => deliverItem(item.id)))
}

/** The message an outbox item will become once sent (for showing it in its thread). */
export const outboxMessage = (item: OutboxItem): ChatMessage | undefined => {
  if (!item.rumor) return undefined
  const read = readChatRumor(item.rumor)
  return read.ok ? read.value : undefined
}
