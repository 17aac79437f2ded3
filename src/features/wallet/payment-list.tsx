import { formatSats } from '@/components/ui/format-sats'
import { PAYMENT_STATE_TONE, PAYMENT_STATE_WORDS } from '@/components/ui/payment-state'
import type { PaymentIntent } from '@/storage/payment-intents'
import { usePayments } from '@/stores/payments'

const newestFirst = (a: PaymentIntent, b: PaymentIntent) => b.askedAt - a.askedAt

/**
 * What this device asked the wallet to pay, newest first: where each payment stands, in words.
 * "Checking" is never shown as failed: the wallet is asked until it knows.
 */
export function PaymentList() {
  const intents = usePayments((state) => state.intents)
  const list = Object.values(intents).sort(newestFirst)
  if (list.length === 0) return null
  return (
    <section aria-labelledby="payments-heading" className="mt-6">
      <h2 id="payments-heading" className="text-lg font-semibold">
        Payments from this device
      </h2>
      <ul className="mt-3 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {list.map((intent) => (
          <li
            key={intent.id}
            className="flex flex-wrap items-baseline justify-between gap-2 p-4 text-sm"
          >
            <div className="min-w-0">
              <p className="truncate font-medium">{intent.purpose}</p>
              {intent.problem && (
                <p className="mt-0.5 text-xs text-stone-600 dark:text-stone-400">
                  {intent.problem}
                </p>
              )}
            </div>
            <p className="shrink-0 text-right">
              <span className="font-semibold tabular-nums">
                {formatSats(Math.floor(intent.amountMsats / 1000))}
              </span>
              <span
                className={`block text-xs font-medium ${PAYMENT_STATE_TONE[intent.state]}`}
                aria-live="polite"
              >
                {PAYMENT_STATE_WORDS[intent.state]}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
