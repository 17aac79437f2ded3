import type { MessageRecord } from './messages'

type Threads = Readonly<Record<string, readonly MessageRecord[]>>

/** The payment requests and receipts among the messages, sent and received. */
export type PaymentMessages = {
  /** Messages carrying a payment request, oldest first per thread. */
  requests: MessageRecord[]
  /** Receipt messages by payment request id. A receipt only says what its sender claims. */
  receipts: Record<string, MessageRecord[]>
}

const byThreads = new WeakMap<Threads, PaymentMessages>()

/** The payment messages of the messages store, worked out once per change of its threads. */
export const selectPaymentMessages = (state: { threads: Threads }): PaymentMessages => {
  const known = byThreads.get(state.threads)
  if (known) return known
  const found: PaymentMessages = { requests: [], receipts: {} }
  for (const messages of Object.values(state.threads))
    for (const message of messages) {
      if (message.paymentRequest) found.requests.push(message)
      if (message.receipt) (found.receipts[message.receipt.requestId] ??= []).push(message)
    }
  byThreads.set(state.threads, found)
  return found
}
