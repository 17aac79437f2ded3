import { useCallback, useMemo } from 'react'
import { useSearchParams } from '@/components/router'
import type { FeedFilter } from './feed-filter'
import { DEFAULT_FILTER } from './feed-filter'
import { readFeedParams, writeFeedParams } from './feed-params'

/** The feed's filter, read from and written to the URL (replacing the history entry). */
export function useFeedFilter(): {
  filter: FeedFilter
  change: (changes: Partial<FeedFilter>) => void
  clear: () => void
} {
  const [params, setParams] = useSearchParams()
  const filter = useMemo(() => readFeedParams(params), [params])
  const change = useCallback(
    (changes: Partial<FeedFilter>) =>
      setParams((current) => writeFeedParams(current, { ...readFeedParams(current), ...changes }), {
        replace: true,
      }),
    [setParams],
  )
  const clear = useCallback(
    () => change({ topics: [], query: '', status: DEFAULT_FILTER.status }),
    [change],
  )
  return { filter, change, clear }
}
