import { subscribe } from '@/ndk/subscribe'
import { Kind } from '@/nostr/kinds'
import { relaysForFilters } from './relay-choice'
import { flushReviews, ingestReview } from './reviews-ingest'

/** Reviews of one deal fetched at most: both parties' reviews and some strangers' beside. */
const DEAL_REVIEWS_LIMIT = 200
/** A watch nobody wants any more is kept this long, so a remount reuses it. */
const LINGER_MS = 1000

type Shared = {
  refs: number
  eosed: boolean
  listeners: Set<() => void>
  stop: () => void
  lingerTimer?: ReturnType<typeof setTimeout>
}
const shared = new Map<string, Shared>()

/**
 * Keeps the reviews store fed, live, with the reviews naming one deal's addresses (its ticket and
 * its accepted offer) until the returned function is called; shared by every component asking
 * for the same deal. `onEose` once the relays sent what they had stored.
 */
export const watchDealReviews = (
  addresses: readonly string[],
  options: { onEose?: () => void } = {},
): (() => void) => {
  const filters = [{ kinds: [Kind.Label], '#a': [...addresses].sort(), limit: DEAL_REVIEWS_LIMIT }]
  const relays = relaysForFilters(filters)
  const key = `${JSON.stringify(filters)} ${relays.join(' ')}`
  let entry = shared.get(key)
  if (!entry) {
    const created: Shared = { refs: 0, eosed: false, listeners: new Set(), stop: () => {} }
    const unsubscribe = subscribe(
      filters,
      {
        onEvent: (event) => ingestReview(event),
        onEose: () => {
          flushReviews()
          created.eosed = true
          for (const listener of created.listeners) listener()
          created.listeners.clear()
        },
      },
      { relays },
    )
    created.stop = () => {
      unsubscribe()
      shared.delete(key)
    }
    shared.set(key, created)
    entry = created
  }
  clearTimeout(entry.lingerTimer)
  entry.refs += 1
  const current = entry
  let released = false
  const onEose = options.onEose && (() => !released && options.onEose?.())
  if (onEose) {
    if (current.eosed) queueMicrotask(onEose)
    else current.listeners.add(onEose)
  }
  return () => {
    if (released) return
    released = true
    if (onEose) current.listeners.delete(onEose)
    current.refs -= 1
    if (current.refs > 0) return
    current.lingerTimer = setTimeout(() => {
      if (current.refs === 0) current.stop()
    }, LINGER_MS)
  }
}
