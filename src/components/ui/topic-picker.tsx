import { useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { topicLabel } from '@/nostr/topics'
import type { TopicOption } from './topic-options'
import { topicOptions } from './topic-options'

type Props = {
  /** Chosen topic slugs, in order. */
  value: readonly string[]
  onChange: (topics: string[]) => void
  /** The visible label of the field. */
  label: string
  /** A hint under the label. */
  hint?: string
  /** How many topics may be chosen (5 by default, the ticket limit). */
  max?: number
}

const inputClass =
  'w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm placeholder:text-stone-400 focus:border-bitcoin focus:ring-2 focus:ring-bitcoin/40 focus:outline-none disabled:bg-stone-100 dark:border-stone-700 dark:bg-stone-950 dark:disabled:bg-stone-900'

/**
 * Picks up to `max` topics from the self-custody vocabulary (grouped, searchable) plus free topics
 * turned into slugs. An ARIA combobox: arrows move, Enter picks, Escape closes, Backspace in an
 * empty search removes the last topic.
 */
export function TopicPicker({ value, onChange, label, hint, max = 5 }: Props) {
  const id = useId()
  const [search, setSearch] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const groups = useMemo(() => topicOptions(search, value), [search, value])
  const flat = useMemo(() => groups.flatMap((group) => group.options), [groups])
  const full = value.length >= max
  const expanded = open && !full && flat.length > 0
  const activeIndex = Math.min(active, flat.length - 1)
  const optionId = (index: number) => `${id}-option-${index}`

  const add = (option: TopicOption | undefined) => {
    if (!option || full || value.includes(option.slug)) return
    onChange([...value, option.slug])
    setSearch('')
    setActive(0)
  }
  const remove = (slug: string) => {
    onChange(value.filter((topic) => topic !== slug))
    inputRef.current?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((activeIndex + step + flat.length) % Math.max(flat.length, 1))
    } else if (event.key === 'Enter') {
      if (expanded || search.trim() !== '') event.preventDefault()
      if (expanded) add(flat[activeIndex])
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault()
      setOpen(false)
    } else if (event.key === 'Backspace' && search === '' && value.length > 0) {
      onChange(value.slice(0, -1))
    }
  }

  let index = -1
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-stone-500 dark:text-stone-400">
        {full
          ? `${max} of ${max} chosen. Remove one to pick another.`
          : [hint, `${value.length} of ${max} chosen.`].filter(Boolean).join(' ')}
      </p>
      {value.length > 0 && (
        <ul aria-label={`Chosen: ${label}`} className="mt-2 flex flex-wrap gap-1.5">
          {value.map((slug) => (
            <li
              key={slug}
              className="inline-flex max-w-full items-center gap-1 rounded-full bg-bitcoin/15 py-0.5 pr-1 pl-2.5 text-xs font-medium text-amber-900 ring-1 ring-bitcoin/40 ring-inset dark:text-amber-200"
            >
              <span dir="auto" className="truncate">
                {topicLabel(slug)}
              </span>
              <button
                type="button"
                aria-label={`Remove topic ${topicLabel(slug)}`}
                onClick={() => remove(slug)}
                className="grid size-5 place-items-center rounded-full text-sm leading-none hover:bg-bitcoin/30"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
        disabled={full}
        placeholder={full ? 'Topic limit reached' : 'Search: Coldcard, Sparrow, Lightning…'}
        value={search}
        maxLength={60}
        onChange={(event) => {
          setSearch(event.target.value)
          setActive(0)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={`mt-2 ${inputClass}`}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className="absolute inset-x-0 z-20 mt-1 max-h-72 overflow-y-auto overscroll-contain rounded-xl border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        {groups.map((group) => (
          <div key={group.group} role="group" aria-labelledby={`${id}-${group.group}`}>
            <div
              id={`${id}-${group.group}`}
              role="presentation"
              className="px-3 pt-2 pb-1 text-[0.7rem] font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400"
            >
              {group.group}
            </div>
            {group.options.map((option) => {
              index += 1
              const mine = index
              return (
                <div
                  key={option.slug}
                  id={optionId(mine)}
                  role="option"
                  aria-selected={mine === activeIndex}
                  // keeps focus in the input so the list does not close before the click lands
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => add(option)}
                  onMouseMove={() => setActive(mine)}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${mine === activeIndex ? 'bg-bitcoin/15 text-amber-950 dark:text-amber-100' : ''}`}
                >
                  {option.free ? (
                    <>
                      Add “<span dir="auto">{option.label}</span>”
                    </>
                  ) : (
                    option.label
                  )}
                </div>
              )
            })}
          </div>
        ))}
      </div>
    </div>
  )
}
