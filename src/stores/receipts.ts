import type { MessageRecord } from './messages'

type Threads = Readonly<Record<string, readonly MessageRecord[]>>

const byThreads = new WeakMap<Threads, Record<string, MessageRecord[]>>()

/**
 * Payment receipt messages (sent and received) by payment request id, worked out once per change
 * of the messages store. A receipt only says what its sender claims: check it before believing it.
 */
export const selectReceipts = (state: { threads: Threads }): Record<string, MessageRecord[]> => {
  const known = byThreads.get(state.threads)
  if (known) return known
  const receipts: Record<string, MessageRecord[]> = {}
  for (const messages of Object.values(state.threads))
    for (const message of messages)
      if (message.receipt) (receipts[message.receipt.requestId] ??= []).push(message)
  byThreads.set(state.threads, receipts)
  return receipts
}
