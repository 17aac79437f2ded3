import type { ThreadEntry } from '@/hooks/use-thread'
import { formatAddress } from '@/nostr/address'
import type { ChatMessage } from '@/nostr/chat'
import type { PaymentRequest, WorkLogEntry } from '@/nostr/message-tags'
import type { OutboxItem, OutboxStatus } from '@/stores/outbox'

/** What one bubble shows: a message from the relays, or one of mine still in the outbox. */
export type BubbleItem = {
  id: string
  at: number
  text: string
  /** Characters of the text the reader cut off (see src/nostr/read-limits.ts). */
  textCut?: number
  outgoing: boolean
  /** NIP-04 kind 4: weaker encryption. */
  legacy: boolean
  /** Mine, sent from this device: where it is on its way out. */
  delivery?: { status: OutboxStatus; relayCount?: number; reason?: string }
  /** A payment request it carries, with who asks and the thread's ticket (address, title). */
  payment?: { request: PaymentRequest; from: string; ticket?: string; subject?: string }
  /** A work-log entry (shown as a line in the thread, not a bubble), with who logged it. */
  workLog?: WorkLogEntry & { from: string }
}

const deliveryOf = (item: OutboxItem): BubbleItem['delivery'] => ({
  status: item.status,
  relayCount: item.relayCount,
  reason: item.reason,
})

/** What a message carries besides its text: a payment request, a work-log entry. */
const structured = (message: ChatMessage | undefined): Partial<BubbleItem> => ({
  ...(message?.paymentRequest
    ? {
        payment: {
          request: message.paymentRequest,
          from: message.sender,
          ...(message.ticket ? { ticket: formatAddress(message.ticket) } : {}),
          ...(message.subject ? { subject: message.subject } : {}),
        },
      }
    : {}),
  ...(message?.workLog ? { workLog: { ...message.workLog, from: message.sender } } : {}),
})

/** A thread entry (see useThread) as a bubble. */
export function toBubble(entry: ThreadEntry): BubbleItem {
  if (entry.type === 'outbox') {
    return {
      id: entry.id,
      at: entry.at,
      text: entry.item.text,
      outgoing: true,
      legacy: false,
      delivery: deliveryOf(entry.item),
      ...structured(entry.message),
    }
  }
  const { message, delivery } = entry
  return {
    id: entry.id,
    at: entry.at,
    text: message.text,
    ...(message.textCut ? { textCut: message.textCut } : {}),
    outgoing: message.outgoing,
    legacy: message.legacy === true,
    ...(delivery && message.outgoing ? { delivery: deliveryOf(delivery) } : {}),
    ...structured(message),
  }
}
