import type { Filter } from 'nostr-tools'
import { MAX_CLOCK_SKEW_SECONDS } from '@/nostr/clock'

/**
 * The filters to send again after a reconnect: from the newest event seen, minus a margin for
 * clocks that disagree, so nothing published while the connection was down is missed and what
 * was already seen is not asked for again. `limit` goes (the renewal is not a page); without a
 * newest event, or for back-dated kinds (`withSince` false), the filters stay as they were.
 */
export const renewedFilters = (
  filters: readonly Filter[],
  newestSeen: number | undefined,
  withSince: boolean,
): Filter[] => {
  if (!withSince || newestSeen === undefined) return [...filters]
  const since = Math.max(0, newestSeen - MAX_CLOCK_SKEW_SECONDS)
  return filters.map(({ limit: _limit, ...filter }) => ({
    ...filter,
    since: Math.max(filter.since ?? 0, since),
  }))
}
