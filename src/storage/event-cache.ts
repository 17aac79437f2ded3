import type { NostrEvent } from 'nostr-tools'
import { eventAddress } from '@/nostr/address'
import { committed, openDatabase, request } from './idb'

/**
 * What this device saw of the public marketplace (tickets, offers, cards, deletions), so a
 * returning visitor sees it at once, also offline. Only events whose signature src/ndk checked
 * are written here (src/stores/marketplace-sync.ts is the only writer), one row per address for
 * addressable events (the newest version the store kept) and per id otherwise.
 */

const DB_NAME = 'bt-events'
const STORE = 'events'
/** Rows kept at most; the oldest go first. */
export const MAX_CACHED_EVENTS = 5000

type Row = { key: string; createdAt: number; event: NostrEvent }

let db: Promise<IDBDatabase | undefined> | undefined

const open = () =>
  (db ??= openDatabase(DB_NAME, 1, (database) => {
    const store = database.createObjectStore(STORE, { keyPath: 'key' })
    store.createIndex('createdAt', 'createdAt')
  }))

/** The row key: the address of an addressable event, else its id. */
export const cacheKeyOf = (event: NostrEvent): string => eventAddress(event) ?? event.id

/** Every cached event (at most MAX_CACHED_EVENTS), in no particular order. */
export const readCachedEvents = async (): Promise<NostrEvent[]> => {
  const database = await open()
  if (!database) return []
  try {
    const rows = (await request(
      database.transaction(STORE, 'readonly').objectStore(STORE).getAll(),
    )) as Row[]
    return rows.map((row) => row.event)
  } catch {
    return []
  }
}

const prune = async (database: IDBDatabase) => {
  const store = database.transaction(STORE, 'readwrite').objectStore(STORE)
  const extra = (await request(store.count())) - MAX_CACHED_EVENTS
  if (extra <= 0) return
  let left = extra
  const cursor = store.index('createdAt').openCursor()
  cursor.onsuccess = () => {
    const row = cursor.result
    if (!row || left-- <= 0) return
    row.delete()
    row.continue()
  }
  await committed(store.transaction)
}

/** Rows written per idle moment: writing thousands at once would hold up scrolling. */
const WRITE_CHUNK = 25

let queue: NostrEvent[] = []
let writing: Promise<void> | undefined

const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 0),
  )

const writeChunk = async (database: IDBDatabase, events: readonly NostrEvent[]) => {
  const tx = database.transaction(STORE, 'readwrite')
  const store = tx.objectStore(STORE)
  for (const event of events) {
    store.put({ key: cacheKeyOf(event), createdAt: event.created_at, event } satisfies Row)
  }
  await committed(tx)
}

const drain = async () => {
  const database = await open()
  while (queue.length > 0) {
    await idle()
    const chunk = queue.splice(0, WRITE_CHUNK)
    if (!database) continue
    try {
      await writeChunk(database, chunk)
    } catch (error) {
      console.warn('Could not keep events on this device', error)
    }
  }
  if (database) await prune(database).catch(() => {})
  writing = undefined
}

/**
 * Keeps events (the caller passes only the versions it kept), a chunk per idle moment; the oldest
 * rows go past the cap. Resolves once everything queued so far is written.
 */
export const cacheEvents = (events: readonly NostrEvent[]): Promise<void> => {
  if (events.length === 0) return writing ?? Promise.resolve()
  queue.push(...events)
  writing ??= drain()
  return writing
}

/** Forgets every cached event (signing out). */
export const clearEventCache = async (): Promise<void> => {
  queue = []
  const database = await open()
  if (!database) return
  try {
    await request(database.transaction(STORE, 'readwrite').objectStore(STORE).clear())
  } catch (error) {
    console.warn('Could not clear the events kept on this device', error)
  }
}

/** The cached event under one key (an address, or an id), if this device kept it. */
export const readCachedEvent = async (key: string): Promise<NostrEvent | undefined> => {
  const database = await open()
  if (!database) return undefined
  try {
    const row = (await request(
      database.transaction(STORE, 'readonly').objectStore(STORE).get(key),
    )) as Row | undefined
    return row?.event
  } catch {
    return undefined
  }
}
