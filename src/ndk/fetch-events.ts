import type { Filter, NostrEvent } from 'nostr-tools'
import { newestEvent } from '@/nostr/versions'
import { subscribe } from './subscribe'

export type FetchOptions = {
  /** The relays to ask. */
  relays: readonly string[]
  /** Gives up waiting for slow or refusing relays after this long (default 8 s). */
  timeoutMs?: number
}

/** Fetches stored events matching `filters`: verified, deduplicated, whatever arrived in time. */
export const fetchEvents = (
  filters: Filter | Filter[],
  options: FetchOptions,
): Promise<NostrEvent[]> =>
  new Promise((resolve) => {
    const events: NostrEvent[] = []
    subscribe(
      filters,
      { onEvent: (event) => events.push(event), onEose: () => resolve(events) },
      { closeOnEose: true, eoseTimeoutMs: options.timeoutMs ?? 8000, relays: options.relays },
    )
  })

/** The newest event matching `filters` (e.g. a replaceable list), or undefined. */
export const fetchLatest = async (
  filters: Filter | Filter[],
  options: FetchOptions,
): Promise<NostrEvent | undefined> => {
  return newestEvent(await fetchEvents(filters, options))
}
