import type { ReactNode } from 'react'
import { topicLabel } from '@/nostr/topics'

type Props = {
  /** Topics offered as chips (the most used), selected ones are added in front. */
  offered: string[]
  selected: string[]
  /** Shown first: the "My expertise" shortcut for signed-in troubleshooters. */
  shortcut?: ReactNode
  onChange: (topics: string[]) => void
}

const chip =
  'inline-flex max-w-[14rem] shrink-0 items-center gap-1 truncate rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset transition'
const on =
  'bg-stone-900 text-white ring-stone-900 dark:bg-stone-100 dark:text-stone-900 dark:ring-stone-100'
const off =
  'bg-white text-stone-700 ring-stone-300 hover:bg-stone-100 dark:bg-stone-900 dark:text-stone-300 dark:ring-stone-700 dark:hover:bg-stone-800'

/** Topic chips to narrow the feed (any of the chosen topics), and "My expertise" in one click. */
export function TopicFilter({ offered, selected, shortcut, onChange }: Props) {
  const chips = [...selected, ...offered.filter((slug) => !selected.includes(slug))]
  const toggle = (slug: string) =>
    onChange(selected.includes(slug) ? selected.filter((s) => s !== slug) : [...selected, slug])
  if (chips.length === 0 && !shortcut) return null
  return (
    <div
      role="group"
      aria-label="Filter by topic"
      className="-mx-4 flex items-center gap-1.5 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0"
    >
      {shortcut}
      {chips.map((slug) => (
        <button
          key={slug}
          type="button"
          aria-pressed={selected.includes(slug)}
          onClick={() => toggle(slug)}
          className={`${chip} ${selected.includes(slug) ? on : off}`}
          dir="auto"
        >
          {topicLabel(slug)}
        </button>
      ))}
      {selected.length > 0 && (
        <button
          type="button"
          onClick={() => onChange([])}
          className="shrink-0 px-2 py-1 text-xs font-medium text-stone-500 underline-offset-2 hover:underline dark:text-stone-400"
        >
          Clear topics
        </button>
      )}
    </div>
  )
}
