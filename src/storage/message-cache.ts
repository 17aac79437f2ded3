import type { ChatMessage } from '@/nostr/chat'
import { openDatabase, request } from './idb'

/**
 * Opened messages by wrap id (or kind 4 id), so reopening the app does not decrypt them again.
 * Plaintext lives only in memory and in IndexedDB (never localStorage), and is wiped on sign-out.
 */

const DB_NAME = 'bt-messages'
const STORE = 'opened'

type Row = { key: string; owner: string; message: ChatMessage }

/** The opened messages of one person: read synchronously, written through to IndexedDB. */
export type MessageCache = {
  get: (wrapId: string) => ChatMessage | undefined
  put: (wrapId: string, message: ChatMessage) => void
  /** Every opened message kept on this device, by wrap id (shown at once, also offline). */
  all: () => [wrapId: string, message: ChatMessage][]
  readonly size: number
}

const memory = new Map<string, Map<string, ChatMessage>>()
let db: Promise<IDBDatabase | undefined> | undefined

const openDb = () =>
  (db ??= openDatabase(DB_NAME, 1, (database) => {
    const store = database.createObjectStore(STORE, { keyPath: 'key' })
    store.createIndex('owner', 'owner')
  }))

const loadRows = async (owner: string): Promise<Row[]> => {
  const database = await openDb()
  if (!database) return []
  try {
    const index = database.transaction(STORE, 'readonly').objectStore(STORE).index('owner')
    return (await request(index.getAll(owner))) as Row[]
  } catch {
    return []
  }
}

let queue: Row[] = []
let flushing: ReturnType<typeof setTimeout> | undefined

const flush = async () => {
  flushing = undefined
  const rows = queue
  queue = []
  const database = await openDb()
  if (!database || rows.length === 0) return
  try {
    const store = database.transaction(STORE, 'readwrite').objectStore(STORE)
    for (const row of rows) store.put(row)
  } catch (error) {
    console.warn('Could not keep opened messages on this device', error)
  }
}

/** Loads `owner`'s opened messages from this device (cold start: one read for all of them). */
export const openMessageCache = async (owner: string): Promise<MessageCache> => {
  let entries = memory.get(owner)
  if (!entries) {
    entries = new Map()
    memory.set(owner, entries)
    for (const row of await loadRows(owner)) {
      if (row.message && typeof row.key === 'string') {
        entries.set(row.key.slice(owner.length + 1), row.message)
      }
    }
  }
  const map = entries
  return {
    get: (wrapId) => map.get(wrapId),
    all: () => [...map.entries()],
    put: (wrapId, message) => {
      if (memory.get(owner) !== map) return
      map.set(wrapId, message)
      queue.push({ key: `${owner}|${wrapId}`, owner, message })
      flushing ??= setTimeout(() => void flush(), 250)
    },
    get size() {
      return map.size
    },
  }
}

/** Forgets every opened message, in memory and on this device. */
export const clearMessageCache = async (): Promise<void> => {
  memory.clear()
  queue = []
  const database = await openDb()
  if (!database) return
  try {
    await request(database.transaction(STORE, 'readwrite').objectStore(STORE).clear())
  } catch (error) {
    console.warn('Could not clear opened messages', error)
  }
}
