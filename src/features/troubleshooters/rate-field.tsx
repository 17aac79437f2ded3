import { fieldClass } from '@/components/ui/form-styles'

/** The card's default rate as typed: a fixed price, or sats per minute (decimals allowed). */
export type RateValue = { kind: 'fixed' | 'per-minute'; amount: string }

type Props = { value: RateValue; onChange: (value: RateValue) => void; error?: string }

const choice = (on: boolean) =>
  `flex-1 cursor-pointer rounded-md px-3 py-1.5 text-center text-sm font-semibold has-focus-visible:ring-2 has-focus-visible:ring-bitcoin ${
    on
      ? 'bg-white text-stone-900 shadow-xs dark:bg-stone-700 dark:text-stone-50'
      : 'text-stone-600 dark:text-stone-400'
  }`

/** Fixed price or per-minute rate, and the amount in sats. */
export function RateField({ value, onChange, error }: Props) {
  return (
    <fieldset>
      <legend className={fieldClass.label}>Default rate</legend>
      <p className={fieldClass.hint}>
        What you usually charge. You still set a price on each offer.
      </p>
      <div className="mt-2 flex max-w-sm rounded-lg bg-stone-100 p-0.5 dark:bg-stone-800">
        {(['fixed', 'per-minute'] as const).map((kind) => (
          <label key={kind} className={choice(value.kind === kind)}>
            <input
              type="radio"
              name="rate-kind"
              value={kind}
              checked={value.kind === kind}
              onChange={() => onChange({ ...value, kind })}
              className="sr-only"
            />
            {kind === 'fixed' ? 'Fixed price' : 'Per minute'}
          </label>
        ))}
      </div>
      <label htmlFor="card-rate" className="mt-3 block text-xs font-semibold">
        {value.kind === 'fixed' ? 'Price (sats)' : 'Rate (sats per minute)'}
      </label>
      <div className="relative mt-1 max-w-56">
        <input
          id="card-rate"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value.amount}
          placeholder={value.kind === 'fixed' ? '25000' : '50'}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? 'card-rate-error' : undefined}
          onChange={(event) => onChange({ ...value, amount: event.target.value })}
          className={`pr-16 tabular-nums ${fieldClass.input}`}
        />
        <span
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 right-3 grid place-items-center text-xs text-stone-500"
        >
          {value.kind === 'fixed' ? 'sats' : 'sats/min'}
        </span>
      </div>
      {error && (
        <p id="card-rate-error" className={fieldClass.error}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
