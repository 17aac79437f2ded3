import type { FeedStatus } from './feed-tickets'

const OPTIONS: { value: FeedStatus; label: string }[] = [
  { value: 'new', label: 'New' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'all', label: 'All' },
]

type Props = { value: FeedStatus; onChange: (value: FeedStatus) => void }

/** New tickets only (the default), tickets in progress, or every ticket whatever its status. */
export function StatusToggle({ value, onChange }: Props) {
  return (
    <div
      role="group"
      aria-label="Show tickets"
      className="inline-flex rounded-lg bg-stone-200/70 p-0.5 dark:bg-stone-800"
    >
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={`rounded-md px-3 py-1 text-sm font-medium whitespace-nowrap transition ${
            value === option.value
              ? 'bg-white text-stone-900 shadow-sm dark:bg-stone-950 dark:text-stone-100'
              : 'text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100'
          }`}
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}
