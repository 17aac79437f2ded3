import type { NostrEvent } from 'nostr-tools'
import { committed, openDatabase, request } from './idb'

/** Where one signed event stands on one relay it is meant for. */
export type RelayDelivery = {
  state: 'waiting' | 'accepted' | 'refused'
  /** The relay's own words when it refused (or why the last try did not get through). */
  reason?: string
  attempts: number
  /** When to try this relay again (ms since the epoch). */
  nextTryAt: number
}

/**
 * A signed event on its way to relays: kept on this device from the moment it is signed until
 * every relay meant for it took it or refused it for good, so nothing signed is lost to a closed
 * tab or a dropped connection.
 */
export type PublishJob = {
  /** The event id. */
  id: string
  /** Whose event it is (jobs are per person; sign-out removes them). */
  owner: string
  event: NostrEvent
  /** What it is, in the person's words ("Ticket “Node stuck”"). */
  label: string
  relays: Record<string, RelayDelivery>
  /** When it was queued (ms since the epoch). */
  queuedAt: number
}

const DB_NAME = 'bt-outbox'
const STORE = 'jobs'

let db: Promise<IDBDatabase | undefined> | undefined

const open = () =>
  (db ??= openDatabase(DB_NAME, 1, (database) => {
    database.createObjectStore(STORE, { keyPath: 'id' }).createIndex('owner', 'owner')
  }))

const isJob = (value: unknown): value is PublishJob => {
  const job = value as Partial<PublishJob> | null
  return (
    typeof job === 'object' &&
    job !== null &&
    typeof job.id === 'string' &&
    typeof job.owner === 'string' &&
    typeof job.event === 'object' &&
    typeof job.relays === 'object'
  )
}

/** The jobs `owner` left on this device. */
export const readJobs = async (owner: string): Promise<PublishJob[]> => {
  const database = await open()
  if (!database) return []
  try {
    const index = database.transaction(STORE, 'readonly').objectStore(STORE).index('owner')
    return ((await request(index.getAll(owner))) as unknown[]).filter(isJob)
  } catch {
    return []
  }
}

/** Saves a job (before anything is sent) or its progress; resolves once it is on disk. */
export const writeJob = async (job: PublishJob): Promise<void> => {
  const database = await open()
  if (!database) return
  const tx = database.transaction(STORE, 'readwrite')
  tx.objectStore(STORE).put(job)
  await committed(tx)
}

/** Forgets a job (all its relays settled, or the person discarded it). */
export const deleteJob = async (id: string): Promise<void> => {
  const database = await open()
  if (!database) return
  const tx = database.transaction(STORE, 'readwrite')
  tx.objectStore(STORE).delete(id)
  await committed(tx)
}

/** Forgets every job of every person (signing out). */
export const clearJobs = async (): Promise<void> => {
  const database = await open()
  if (!database) return
  await request(database.transaction(STORE, 'readwrite').objectStore(STORE).clear())
}
