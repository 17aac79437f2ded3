import { useId } from 'react'
import { groupThousands } from '@/components/ui/format-sats'
import { MAX_FOLLOWS_FETCHED } from '@/stores/follows'
import type { NetworkFilter } from './use-network-filter'

const people = (n: number) => `${groupThousands(n)} ${n === 1 ? 'person' : 'people'}`

/** What the network is, once known, in plain words. */
const describe = (filter: NetworkFilter): string => {
  if (!filter.ready) return 'Finding your network…'
  if (filter.followCount === 0)
    return 'You follow nobody yet (no follow list on your relays), so your network is just you.'
  const capped =
    filter.followCount > filter.fetchedCount
      ? ` (whom they follow is read for the first ${groupThousands(MAX_FOLLOWS_FETCHED)})`
      : ''
  return `Your network: the ${people(filter.followCount)} you follow and whom they follow${capped}.`
}

/**
 * "Only people in my network": shows only people the viewer follows (kind 3 and SatShoot
 * freelance follows) and whom they follow. Absent for signed-out visitors.
 */
export function NetworkSwitch({ filter }: { filter: NetworkFilter }) {
  const hintId = useId()
  if (!filter.available) return null
  return (
    <div className="text-sm text-stone-600 dark:text-stone-400">
      <label className="flex cursor-pointer items-center gap-2">
        <input
          type="checkbox"
          role="switch"
          checked={filter.on}
          aria-describedby={filter.on ? hintId : undefined}
          onChange={(event) => filter.setOn(event.target.checked)}
          className="size-4 accent-bitcoin"
        />
        Only people in my network
      </label>
      {filter.on && (
        <p id={hintId} aria-live="polite" className="mt-0.5 ml-6 text-xs">
          {describe(filter)}
        </p>
      )}
    </div>
  )
}
