import type { Ref } from 'react'
import { fieldClass } from '@/components/ui/form-styles'
import { TITLE_MAX } from '@/nostr/ticket'
import { titleLength } from './ticket-form-values'

type TitleProps = {
  value: string
  onChange: (value: string) => void
  error?: string
  inputRef?: Ref<HTMLInputElement>
}

/** The ticket title with a live character count (140 at most, an emoji counts once). */
export function TitleField({ value, onChange, error, inputRef }: TitleProps) {
  const length = titleLength(value)
  const over = length > TITLE_MAX
  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor="ticket-title" className={fieldClass.label}>
          Title
        </label>
        <span
          id="ticket-title-count"
          className={`text-xs tabular-nums ${over ? 'font-semibold text-red-700 dark:text-red-400' : 'text-stone-500 dark:text-stone-400'}`}
        >
          {length}/{TITLE_MAX}
          <span className="sr-only"> characters</span>
        </span>
      </div>
      <input
        ref={inputRef}
        id="ticket-title"
        type="text"
        dir="auto"
        autoComplete="off"
        value={value}
        placeholder="e.g. Coldcard refuses the PSBT I made in Sparrow"
        aria-invalid={Boolean(error) || over || undefined}
        aria-describedby={`ticket-title-count${error ? ' ticket-title-error' : ''}`}
        onChange={(event) => onChange(event.target.value)}
        className={`mt-1.5 ${fieldClass.input}`}
      />
      {error && (
        <p id="ticket-title-error" className={fieldClass.error}>
          {error}
        </p>
      )}
    </div>
  )
}

type BudgetProps = {
  value: string
  onChange: (value: string) => void
  error?: string
  inputRef?: Ref<HTMLInputElement>
}

/** An optional budget in whole sats. */
export function BudgetField({ value, onChange, error, inputRef }: BudgetProps) {
  return (
    <div>
      <label htmlFor="ticket-budget" className={fieldClass.label}>
        Budget (sats) <span className="font-normal text-stone-500">· optional</span>
      </label>
      <p id="ticket-budget-hint" className={fieldClass.hint}>
        The most you expect to pay. Troubleshooters still name their own price in offers.
      </p>
      <div className="relative mt-1.5 max-w-56">
        <input
          ref={inputRef}
          id="ticket-budget"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          placeholder="25000"
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={`ticket-budget-hint${error ? ' ticket-budget-error' : ''}`}
          onChange={(event) => onChange(event.target.value)}
          className={`pr-12 tabular-nums ${fieldClass.input}`}
        />
        <span
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 right-3 grid place-items-center text-xs text-stone-500"
        >
          sats
        </span>
      </div>
      {error && (
        <p id="ticket-budget-error" className={fieldClass.error}>
          {error}
        </p>
      )}
    </div>
  )
}
