import type { OutboxItem, OutgoingDraft } from '@/stores/outbox'
import { useOutboxStore } from '@/stores/outbox'
import type { QueueResult } from '@/commands/message-outbox'
import { discardMessage, retryMessage, sendMessage } from '@/commands/message-outbox'

export type { OutboxItem, OutgoingDraft, QueueResult }

/**
 * The outbox: every message being sent, with its status (pending → sent with a relay count, or
 * failed with a reason). `send` refuses secrets and over-long text before keeping anything.
 */
export const useOutbox = (): {
  items: OutboxItem[]
  send: (draft: OutgoingDraft) => QueueResult
  retry: (id: string) => Promise<void>
  discard: (id: string) => void
} => {
  const items = useOutboxStore((state) => state.items)
  return { items, send: sendMessage, retry: retryMessage, discard: discardMessage }
}
