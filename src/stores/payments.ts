import { create } from 'zustand'
import type { PaymentIntent } from '@/storage/payment-intents'

/** The payments this device asked for, by payment request id, as the screens show them. */
export const usePayments = create<{ intents: Record<string, PaymentIntent> }>()(() => ({
  intents: {},
}))

export const showIntent = (intent: PaymentIntent): void =>
  usePayments.setState((state) => ({ intents: { ...state.intents, [intent.id]: intent } }))

export const forgetShownIntents = (): void => usePayments.setState({ intents: {} })
