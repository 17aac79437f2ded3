import { useId } from 'react'

type Props = {
  question: string
  /** Undefined while not answered. */
  value: boolean | undefined
  onChange: (value: boolean) => void
  /** Why it cannot be answered now (shown, and the choices are disabled). */
  lockedReason?: string
  disabled?: boolean
}

const choice =
  'flex min-h-11 min-w-24 cursor-pointer items-center justify-center gap-2 rounded-lg border border-stone-300 px-3 py-2 text-sm font-medium has-checked:border-bitcoin has-checked:bg-bitcoin/15 has-disabled:cursor-not-allowed has-disabled:opacity-60 has-focus-visible:ring-2 has-focus-visible:ring-bitcoin dark:border-stone-700'

/**
 * One yes/no question of a review, as a radio group (arrow keys move between the two answers,
 * a screen reader hears the question as the group's name).
 */
export function ReviewQuestion({ question, value, onChange, lockedReason, disabled }: Props) {
  const id = useId()
  return (
    <fieldset aria-describedby={lockedReason ? `${id}-locked` : undefined}>
      <legend className="text-sm font-semibold">{question}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {[
          { answer: true, label: 'Yes' },
          { answer: false, label: 'No' },
        ].map(({ answer, label }) => (
          <label key={label} className={choice}>
            <input
              type="radio"
              name={id}
              checked={value === answer}
              disabled={disabled || lockedReason !== undefined}
              onChange={() => onChange(answer)}
              className="accent-bitcoin"
            />
            {label}
          </label>
        ))}
      </div>
      {lockedReason && (
        <p id={`${id}-locked`} className="mt-1 text-xs text-stone-500 dark:text-stone-400">
          {lockedReason}
        </p>
      )}
    </fieldset>
  )
}
