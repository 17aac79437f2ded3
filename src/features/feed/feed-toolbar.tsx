import type { FeedFilter, FeedSort } from './feed-filter'
import { SearchBox } from './search-box'
import { StatusToggle } from './status-toggle'

type Props = { filter: FeedFilter; onChange: (changes: Partial<FeedFilter>) => void }

/** Search, status, sort order and the SatShoot switch above the feed. */
export function FeedToolbar({ filter, onChange }: Props) {
  return (
    <div className="space-y-3">
      <SearchBox value={filter.query} onChange={(query) => onChange({ query })} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <StatusToggle value={filter.status} onChange={(status) => onChange({ status })} />
        <label className="flex items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
          Sort by
          <select
            value={filter.sort}
            onChange={(event) => onChange({ sort: event.target.value as FeedSort })}
            className="rounded-lg border border-stone-300 bg-white py-1 pr-7 pl-2 text-sm text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
          >
            <option value="newest">Newest</option>
            <option value="budget">Budget</option>
          </select>
        </label>
        <label className="flex cursor-pointer items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
          <input
            type="checkbox"
            role="switch"
            checked={filter.everything}
            onChange={(event) => onChange({ everything: event.target.checked })}
            className="size-4 accent-bitcoin"
          />
          Show all jobs (including SatShoot)
        </label>
      </div>
    </div>
  )
}
