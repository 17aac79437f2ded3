import { useMemo } from 'react'
import type { MessageRecord } from '@/stores/messages'
import { splitThreadKey, unreadIn, useMessages } from '@/stores/messages'
import { useOutboxStore } from '@/stores/outbox'

/** One line of the inbox. `ticket`: the ticket address string, undefined for a plain thread. */
export type ThreadSummary = {
  key: string
  counterpart: string
  ticket?: string
  /** The newest subject any message of the thread carried (the ticket title). */
  subject?: string
  last?: MessageRecord
  /** Time of the newest message or unsent draft (unix seconds), for ordering. */
  lastAt: number
  unread: number
  /** Messages not sent yet (pending or failed). */
  unsent: number
  /** Some messages came as legacy NIP-04 (weaker encryption). */
  legacy: boolean
}

/**
 * Every thread of the signed-in person, newest first, including threads that name no ticket and
 * threads that so far hold only an unsent message.
 */
export const useThreads = (): {
  threads: ThreadSummary[]
  loading: boolean
  unreadTotal: number
} => {
  const threads = useMessages((state) => state.threads)
  const markers = useMessages((state) => state.readMarkers)
  const inbox = useMessages((state) => state.inbox)
  const outbox = useOutboxStore((state) => state.items)
  const summaries = useMemo(() => {
    const byKey = new Map<string, ThreadSummary>()
    for (const [key, messages] of Object.entries(threads)) {
      const last = messages[messages.length - 1]
      const { counterpart, ticket } = splitThreadKey(key)
      const subject = [...messages].reverse().find((m) => m.subject)?.subject
      byKey.set(key, {
        key,
        counterpart,
        ticket: ticket || undefined,
        subject,
        last,
        lastAt: last?.at ?? 0,
        unread: unreadIn(messages, markers[key]),
        unsent: 0,
        legacy: messages.some((m) => m.legacy === true),
      })
    }
    for (const item of outbox) {
      if (item.status === 'sent') continue
      const summary = byKey.get(item.threadKey) ?? {
        key: item.threadKey,
        counterpart: item.recipient,
        ticket: item.ticket,
        subject: item.subject,
        lastAt: 0,
        unread: 0,
        unsent: 0,
        legacy: false,
      }
      summary.unsent++
      summary.lastAt = Math.max(summary.lastAt, item.createdAt)
      byKey.set(item.threadKey, summary)
    }
    return [...byKey.values()].sort((a, b) => b.lastAt - a.lastAt)
  }, [threads, markers, outbox])
  const unreadTotal = summaries.reduce((sum, thread) => sum + thread.unread, 0)
  return { threads: summaries, loading: inbox === 'loading', unreadTotal }
}
