import { useMemo } from 'react'
import { checkPaymentReceipt } from '@/lightning/receipt'
import type { PaymentRequest } from '@/nostr/message-tags'
import { deviceStorage } from '@/storage/device-storage'
import { lightningNetwork } from '@/storage/lightning-network'
import type { MessageRecord } from '@/stores/messages'
import { useMessages } from '@/stores/messages'
import { selectPaymentMessages } from '@/stores/payment-messages'

/** What the thread's receipts prove about a payment request. */
export type ReceiptCheck =
  | { state: 'none' }
  /** A receipt whose preimage pays the invoice asked for: paid. */
  | { state: 'proven'; at: number }
  /** Receipts came, and none proves a payment (why the last one does not). */
  | { state: 'refused'; reason: string }

/**
 * Judges the receipts for `request`: `received` ones when I asked to be paid, `sent` ones when I
 * paid (perhaps from another device, which this device's payment records do not know).
 */
export const judgeReceipts = (
  request: PaymentRequest,
  receipts: readonly MessageRecord[],
  direction: 'received' | 'sent',
): ReceiptCheck => {
  const network = lightningNetwork(deviceStorage())
  let refused: ReceiptCheck = { state: 'none' }
  for (const message of receipts) {
    if (!message.receipt || message.outgoing !== (direction === 'sent')) continue
    const checked = checkPaymentReceipt(request, message.receipt, { network })
    if (checked.ok) return { state: 'proven', at: message.at }
    refused = { state: 'refused', reason: checked.reason }
  }
  return refused
}

const NONE: readonly MessageRecord[] = []

/** The receipt check for `request`, kept up to date as messages arrive. */
export const useReceiptCheck = (
  request: PaymentRequest,
  direction: 'received' | 'sent',
): ReceiptCheck => {
  const receipts = useMessages((state) => selectPaymentMessages(state).receipts[request.id] ?? NONE)
  return useMemo(() => judgeReceipts(request, receipts, direction), [request, receipts, direction])
}
