import type { PaymentIntent, PaymentState } from '@/storage/payment-intents'

/** Where a payment stands, in words: never "failed" while the wallet has not said so. */
export const PAYMENT_STATE_WORDS: Readonly<Record<PaymentState, string>> = {
  paying: 'Sent to your wallet…',
  checking: 'Checking with your wallet…',
  paid: 'Paid',
  failed: 'Not paid',
}

/**
 * Where a payment stands, in words that fit how it is paid: a shown invoice waits for the
 * person's proof, a browser wallet that did not say is for the person to check.
 */
export const paymentStateWords = (state: PaymentState, route?: PaymentIntent['route']): string => {
  if (route === 'manual' && state === 'paying') return 'Waiting for your proof of payment'
  if (route === 'webln' && state === 'checking') return 'Did your browser wallet pay? Check it'
  return PAYMENT_STATE_WORDS[state]
}

/** The text colour of each state (AA contrast on white and on the amber request card). */
export const PAYMENT_STATE_TONE: Readonly<Record<PaymentState, string>> = {
  paying: 'text-amber-900 dark:text-amber-300',
  checking: 'text-amber-900 dark:text-amber-300',
  paid: 'text-emerald-800 dark:text-emerald-400',
  failed: 'text-red-800 dark:text-red-300',
}
