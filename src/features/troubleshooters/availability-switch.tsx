type Props = {
  checked: boolean
  onChange: (checked: boolean) => void
  label: string
  /** A line under the label, e.g. what the setting means. */
  description?: string
}

/** An on/off switch (ARIA `switch`): Space or Enter toggles it, its state is read out. */
export function AvailabilitySwitch({ checked, onChange, label, description }: Props) {
  return (
    <div className="flex items-start justify-between gap-4">
      <div className="min-w-0">
        <p id="availability-label" className="text-sm font-semibold">
          {label}
        </p>
        {description && (
          <p
            id="availability-description"
            className="mt-0.5 text-xs text-stone-500 dark:text-stone-400"
          >
            {description}
          </p>
        )}
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby="availability-label"
        aria-describedby={description ? 'availability-description' : undefined}
        onClick={() => onChange(!checked)}
        className={`relative inline-flex h-7 w-12 shrink-0 items-center rounded-full transition-colors focus-visible:ring-2 focus-visible:ring-bitcoin focus-visible:ring-offset-2 focus-visible:outline-none dark:focus-visible:ring-offset-stone-950 ${
          checked ? 'bg-emerald-600' : 'bg-stone-300 dark:bg-stone-700'
        }`}
      >
        <span
          aria-hidden="true"
          className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${
            checked ? 'translate-x-6' : 'translate-x-1'
          }`}
        />
      </button>
    </div>
  )
}
