import type { PaymentState } from '@/storage/payment-intents'

/** Where a payment stands, in words: never "failed" while the wallet has not said so. */
export const PAYMENT_STATE_WORDS: Readonly<Record<PaymentState, string>> = {
  paying: 'Sent to your wallet…',
  checking: 'Checking with your wallet…',
  paid: 'Paid',
  failed: 'Not paid',
}

/** The text colour of each state (AA contrast on white and on the amber request card). */
export const PAYMENT_STATE_TONE: Readonly<Record<PaymentState, string>> = {
  paying: 'text-amber-900 dark:text-amber-300',
  checking: 'text-amber-900 dark:text-amber-300',
  paid: 'text-emerald-800 dark:text-emerald-400',
  failed: 'text-red-800 dark:text-red-300',
}
