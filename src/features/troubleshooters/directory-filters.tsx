import { fieldClass } from '@/components/ui/form-styles'
import type { CardFilter, TopicChoiceGroup } from './card-filters'

type Props = {
  filter: CardFilter
  choices: TopicChoiceGroup[]
  onChange: (filter: CardFilter) => void
}

/** Filter the directory by one expertise topic and by availability. */
export function DirectoryFilters({ filter, choices, onChange }: Props) {
  return (
    <div
      role="search"
      aria-label="Filter troubleshooters"
      className="mb-5 flex flex-wrap items-end gap-x-6 gap-y-3"
    >
      <div className="w-full sm:w-64">
        <label htmlFor="directory-topic" className="block text-xs font-semibold">
          Topic
        </label>
        <select
          id="directory-topic"
          value={filter.topic ?? ''}
          onChange={(event) => onChange({ ...filter, topic: event.target.value || undefined })}
          className={`mt-1 ${fieldClass.input}`}
        >
          <option value="">All topics</option>
          {choices.map((group) => (
            <optgroup key={group.group} label={group.group}>
              {group.topics.map((topic) => (
                <option key={topic.slug} value={topic.slug}>
                  {topic.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <label className="flex cursor-pointer items-center gap-2 py-2 text-sm font-medium">
        <input
          type="checkbox"
          checked={filter.availableOnly}
          onChange={(event) => onChange({ ...filter, availableOnly: event.target.checked })}
          className="size-4 accent-bitcoin"
        />
        Available only
      </label>
    </div>
  )
}
