import { TICKET_STATUSES } from '@/nostr/ticket-status'
import { isTopicSlug } from '@/nostr/topics'
import type { FeedFilter } from './feed-filter'
import { DEFAULT_FILTER } from './feed-filter'
import type { FeedStatus } from './feed-tickets'

/*
 * The feed's filter in the address bar, so a view can be shared:
 *   /?status=all&topics=ledger,tor&q=passphrase&sort=budget&jobs=all
 * Anything left at its default is left out; anything unreadable falls back to the default.
 */

const STATUSES: readonly FeedStatus[] = [...TICKET_STATUSES, 'all']
const MAX_QUERY = 200

/** The filter a URL's search parameters describe. */
export const readFeedParams = (params: URLSearchParams): FeedFilter => {
  const status = params.get('status') as FeedStatus | null
  const topics = (params.get('topics') ?? '').split(',').filter(isTopicSlug)
  return {
    status: status && STATUSES.includes(status) ? status : DEFAULT_FILTER.status,
    topics: [...new Set(topics)].slice(0, 20),
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    sort: params.get('sort') === 'budget' ? 'budget' : 'newest',
    everything: params.get('jobs') === 'all',
  }
}

/** `params` with the feed's keys set from `filter` (other keys kept). */
export const writeFeedParams = (params: URLSearchParams, filter: FeedFilter): URLSearchParams => {
  const next = new URLSearchParams(params)
  const set = (key: string, value: string | undefined) =>
    value ? next.set(key, value) : next.delete(key)
  set('status', filter.status === DEFAULT_FILTER.status ? undefined : filter.status)
  set('topics', filter.topics.join(','))
  set('q', filter.query.trim() ? filter.query : undefined)
  set('sort', filter.sort === 'budget' ? 'budget' : undefined)
  set('jobs', filter.everything ? 'all' : undefined)
  return next
}

/** Whether anything narrows the feed beyond the default view. */
export const isFiltered = (filter: FeedFilter): boolean =>
  filter.topics.length > 0 || filter.query.trim() !== '' || filter.status !== DEFAULT_FILTER.status
