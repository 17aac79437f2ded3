import { useCallback, useMemo } from 'react'
import type { ChatMessage } from '@/nostr/chat'
import type { Tag } from '@/nostr/tags'
import type { MessageRecord } from '@/stores/messages'
import { selectThread, threadKeyOf, unreadIn, useMessages } from '@/stores/messages'
import type { OutboxItem } from '@/stores/outbox'
import { selectOutboxThread, useOutboxStore } from '@/stores/outbox'
import type { QueueResult } from '@/commands/message-outbox'
import { outboxMessage, sendMessage } from '@/commands/message-outbox'

/**
 * One line of a thread, oldest first: a message (received, or sent — with its outbox item when it
 * was sent from this device, for the relay count), or an outbox item not yet sent.
 */
export type ThreadEntry =
  | { type: 'message'; id: string; at: number; message: MessageRecord; delivery?: OutboxItem }
  | { type: 'outbox'; id: string; at: number; item: OutboxItem; message?: ChatMessage }

export type ThreadView = {
  key: string
  entries: ThreadEntry[]
  messages: MessageRecord[]
  outbox: OutboxItem[]
  unread: number
  /** True while the inbox is still opening what the relays had stored. */
  loading: boolean
  /** Marks everything shown as read (on this device). */
  markRead: () => void
  /** Sends a message in this thread through the outbox. */
  send: (text: string, extra?: { subject?: string; tags?: Tag[] }) => QueueResult
}

/** A thread with `counterpart`, about `ticketAddress` (`32767:<pubkey>:<d>`) or about no ticket. */
export const useThread = (counterpart: string, ticketAddress?: string): ThreadView => {
  const key = threadKeyOf(counterpart, ticketAddress || undefined)
  const messages = useMessages(useMemo(() => selectThread(key), [key]))
  const marker = useMessages((state) => state.readMarkers[key])
  const loading = useMessages((state) => state.inbox === 'loading')
  const outbox = useOutboxStore(useMemo(() => selectOutboxThread(key), [key]))
  const entries = useMemo(() => {
    const byId = new Map(outbox.map((item) => [item.id, item]))
    const list: ThreadEntry[] = messages.map((message) => ({
      type: 'message',
      id: message.id,
      at: message.at,
      message,
      delivery: byId.get(message.id),
    }))
    const shown = new Set(messages.map((m) => m.id))
    for (const item of outbox) {
      if (shown.has(item.id)) continue
      list.push({
        type: 'outbox',
        id: item.id,
        at: item.createdAt,
        item,
        message: outboxMessage(item),
      })
    }
    return list.sort((a, b) => a.at - b.at)
  }, [messages, outbox])
  const markRead = useCallback(() => useMessages.getState().markRead(key), [key])
  const send = useCallback(
    (text: string, extra: { subject?: string; tags?: Tag[] } = {}) =>
      sendMessage({ recipient: counterpart, ticket: ticketAddress || undefined, text, ...extra }),
    [counterpart, ticketAddress],
  )
  return {
    key,
    entries,
    messages,
    outbox,
    unread: unreadIn(messages, marker),
    loading,
    markRead,
    send,
  }
}
