import { useMemo } from 'react'
import type { PaymentRequest } from '@/nostr/message-tags'
import type { PaymentIntent, PaymentState } from '@/storage/payment-intents'
import type { MessageRecord } from '@/stores/messages'
import { splitThreadKey, useMessages } from '@/stores/messages'
import type { PaymentMessages } from '@/stores/payment-messages'
import { selectPaymentMessages } from '@/stores/payment-messages'
import { usePayments } from '@/stores/payments'
import { judgeReceipts } from './use-receipt-check'

/** Where one payment request stands for me: paid (proven), not paid yet, or on its way. */
export type LedgerState = PaymentState | 'unpaid'

/** One payment request, as one side of the deal sees it. */
export type LedgerEntry = {
  request: PaymentRequest
  /** `in`: I asked to be paid; `out`: I was asked to pay. */
  direction: 'in' | 'out'
  counterpart: string
  /** The thread's ticket (address) and title. */
  ticket?: string
  subject?: string
  at: number
  state: LedgerState
}

const stateOf = (
  message: MessageRecord,
  request: PaymentRequest,
  found: PaymentMessages,
  intent: PaymentIntent | undefined,
): LedgerState => {
  const receipts = found.receipts[request.id] ?? []
  if (message.outgoing)
    return judgeReceipts(request, receipts, 'received').state === 'proven' ? 'paid' : 'unpaid'
  if (intent?.state === 'paid' || judgeReceipts(request, receipts, 'sent').state === 'proven')
    return 'paid'
  return intent?.state ?? 'unpaid'
}

/**
 * Every payment request in my threads, newest first: what I asked for and whether a receipt
 * proves it paid; what I was asked for and where my payment stands (this device's record, or my
 * own receipt sent from another device).
 */
export const paymentLedger = (
  found: PaymentMessages,
  intents: Readonly<Record<string, PaymentIntent>>,
): LedgerEntry[] =>
  found.requests
    .flatMap((message) => {
      const request = message.paymentRequest
      if (!request) return []
      return [
        {
          request,
          direction: message.outgoing ? ('in' as const) : ('out' as const),
          counterpart: message.counterpart,
          ...(message.ticket ? { ticket: splitThreadKey(message.threadKey).ticket } : {}),
          ...(message.subject ? { subject: message.subject } : {}),
          at: message.at,
          state: stateOf(message, request, found, intents[request.id]),
        },
      ]
    })
    .sort((a, b) => b.at - a.at)

/** The payment ledger, kept up to date as messages and payments change. */
export const usePaymentLedger = (): LedgerEntry[] => {
  const found = useMessages(selectPaymentMessages)
  const intents = usePayments((state) => state.intents)
  return useMemo(() => paymentLedger(found, intents), [found, intents])
}
