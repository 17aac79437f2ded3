import type { Pricing } from '@/nostr/pricing'
import type { WorkSummary } from '@/nostr/work-log'

/** One amount the troubleshooter can ask for with a tap, and what it is for. */
export type PaymentPreset = {
  kind: 'logged' | 'fixed'
  /** Whole sats; 0 when there is nothing left to ask for (the choice is shown disabled). */
  sats: number
  /** The logged minutes it bills (logged time only). */
  minutes?: number
  label: string
  /** Why it cannot be chosen, when `sats` is 0. */
  empty?: string
}

const sats = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'sat' : 'sats'}`

/**
 * The amounts to offer in "Request payment": for a time-based offer the logged minutes no earlier
 * request asked for, times the rate; for a fixed price the price, or the part not yet requested.
 */
export const paymentPresets = (pricing: Pricing, summary: WorkSummary): PaymentPreset[] => {
  if (pricing.kind === 'fixed') {
    const requested = Math.floor(summary.requested.msats / 1000)
    const rest = Math.max(0, pricing.sats - requested)
    return [
      {
        kind: 'fixed',
        sats: rest,
        label:
          requested === 0
            ? `The fixed price: ${sats(pricing.sats)}`
            : `The rest of the fixed price: ${sats(rest)} (${sats(requested)} already requested)`,
        ...(rest === 0 ? { empty: 'The fixed price was requested in full.' } : {}),
      },
    ]
  }
  const minutes = summary.unrequestedMinutes
  const amount = summary.unrequestedSats ?? 0
  return [
    {
      kind: 'logged',
      sats: amount,
      minutes,
      label: `Logged time not yet requested: ${minutes} min, ${sats(amount)}`,
      ...(amount === 0
        ? {
            empty:
              summary.minutes === 0
                ? 'No time logged yet.'
                : 'Every logged minute was already requested.',
          }
        : {}),
    },
  ]
}

/** What the request is for, as the card and the invoice show it. */
export const paymentPurpose = (title: string, minutes?: number): string =>
  minutes ? `${title} — ${minutes} min` : title
