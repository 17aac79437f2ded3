import type { Filter, NostrEvent } from 'nostr-tools'
import { subscribe } from '@/ndk/subscribe'
import { eventAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import { flushMarketplace, ingestEvent } from './marketplace-ingest'
import { relaysForFilters } from './relay-choice'

/** A subscription nobody wants any more is kept this long, so a remount reuses it. */
const LINGER_MS = 1000
/** Addresses per deletion subscription. */
const DELETION_CHUNK = 250
/** New addresses are gathered this long before their deletions are asked for. */
const DELETION_DELAY_MS = 50

export type WatchOptions = {
  /** Called once, when the relays sent what they had stored (at once if that already happened). */
  onEose?: () => void
}

type Shared = {
  refs: number
  eosed: boolean
  listeners: Set<() => void>
  stop: () => void
  lingerTimer?: ReturnType<typeof setTimeout>
}

const shared = new Map<string, Shared>()

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    const items = value.map(canonical)
    return items.every((item) => typeof item !== 'object') ? [...new Set(items)].sort() : items
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    )
  }
  return value
}

/** The same string for filters that ask for the same thing (key and value order ignored). */
export const filterKey = (filters: Filter | readonly Filter[]): string =>
  JSON.stringify(canonical(Array.isArray(filters) ? filters : [filters]))

/** Kind 5 filters that find deletions of these addresses (by `a`) and versions (by `e`). */
export const deletionFilters = (addresses: readonly string[], ids: readonly string[]): Filter[] => [
  ...(addresses.length > 0 ? [{ kinds: [Kind.Deletion], '#a': [...addresses] }] : []),
  ...(ids.length > 0 ? [{ kinds: [Kind.Deletion], '#e': [...ids] }] : []),
]

/** Addresses a filter set already watches deletions for (kind 5 filters with `#a`). */
const coveredAddresses = (filters: readonly Filter[]): string[] =>
  filters.flatMap((f) => (f.kinds?.includes(Kind.Deletion) ? (f['#a'] ?? []) : []))

/**
 * Opens the relay subscription behind one filter key; as tickets, offers and cards arrive it
 * also watches their authors' deletions, in chunks, for as long as it lives.
 */
const open = (key: string, filters: Filter[], entry: Shared): (() => void) => {
  const covered = new Set(coveredAddresses(filters))
  const seenIds = new Set<string>()
  let newAddresses: string[] = []
  let newIds: string[] = []
  let deletionTimer: ReturnType<typeof setTimeout> | undefined
  const releases: (() => void)[] = []

  const watchDeletions = () => {
    deletionTimer = undefined
    for (let i = 0; i < Math.max(newAddresses.length, newIds.length); i += DELETION_CHUNK) {
      const chunk = deletionFilters(
        newAddresses.slice(i, i + DELETION_CHUNK),
        newIds.slice(i, i + DELETION_CHUNK),
      )
      releases.push(watchMarketplace(chunk))
    }
    newAddresses = []
    newIds = []
  }
  const onEvent = (event: NostrEvent) => {
    ingestEvent(event, { live: entry.eosed })
    const address = eventAddress(event)
    if (address === undefined) return
    if (!covered.has(address)) {
      covered.add(address)
      newAddresses.push(address)
    }
    if (!seenIds.has(event.id)) {
      seenIds.add(event.id)
      newIds.push(event.id)
    }
    deletionTimer ??= setTimeout(watchDeletions, DELETION_DELAY_MS)
  }
  const onEose = () => {
    flushMarketplace()
    entry.eosed = true
    for (const listener of entry.listeners) listener()
    entry.listeners.clear()
  }
  const unsubscribe = subscribe(filters, { onEvent, onEose }, { relays: relaysForFilters(filters) })
  return () => {
    unsubscribe()
    clearTimeout(deletionTimer)
    for (const release of releases) release()
    shared.delete(key)
  }
}

/**
 * Keeps the marketplace store fed with what `filters` match, live, until the returned function is
 * called. Watchers of the same filters share one relay subscription (counted references).
 */
export const watchMarketplace = (
  filters: Filter | readonly Filter[],
  options: WatchOptions = {},
): (() => void) => {
  // the relays asked are part of what is shared: after a relay list change, ask the new set
  const list = JSON.parse(filterKey(filters)) as Filter[]
  const key = `${JSON.stringify(list)} ${relaysForFilters(list).join(' ')}`
  let entry = shared.get(key)
  if (!entry) {
    const created: Shared = { refs: 0, eosed: false, listeners: new Set(), stop: () => {} }
    shared.set(key, created)
    created.stop = open(key, list, created)
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
