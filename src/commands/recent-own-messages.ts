import { useMessages } from '@/stores/messages'
import { useOutboxStore } from '@/stores/outbox'

/**
 * The texts the person sent last in a thread, oldest first (delivered, or still in the outbox),
 * for the secrets guard: a recovery phrase sent in pieces is caught at the piece that completes it.
 */
export const recentOwnTexts = (threadKey: string, limit = 4): string[] => {
  const sent = (useMessages.getState().threads[threadKey] ?? [])
    .filter((message) => message.outgoing)
    .map((message) => ({ id: message.id, at: message.at, text: message.text }))
  const known = new Set(sent.map((message) => message.id))
  const queued = useOutboxStore
    .getState()
    .items.filter((item) => item.threadKey === threadKey && !known.has(item.id))
    .map((item) => ({ id: item.id, at: item.createdAt, text: item.text }))
  return [...sent, ...queued]
    .sort((a, b) => a.at - b.at)
    .slice(-limit)
    .map((message) => message.text)
}
