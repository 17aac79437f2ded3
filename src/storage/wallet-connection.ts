import { committed, openDatabase, request } from './idb'
import { seal, unseal } from './sealed-box'
import type { Sealed } from './sealed-box'

/**
 * The person's Nostr Wallet Connect string, on this device only (IndexedDB `bt-wallet`), sealed
 * with their device key (sealed-box.ts): never in plain text at rest. One connection per person.
 */

const DB_NAME = 'bt-wallet'
const CONNECTIONS = 'connections'

type Row = { sealed: Sealed; savedAt: number }

let db: Promise<IDBDatabase | undefined> | undefined
const open = () =>
  (db ??= openDatabase(DB_NAME, 1, (database) => database.createObjectStore(CONNECTIONS)))

/** Keeps `uri` as `owner`'s wallet connection, replacing any other. */
export const keepWalletConnection = async (owner: string, uri: string): Promise<void> => {
  const database = await open()
  if (!database) throw new Error('This browser cannot keep a wallet connection (no IndexedDB).')
  const row: Row = { sealed: await seal(owner, uri), savedAt: Date.now() }
  const tx = database.transaction(CONNECTIONS, 'readwrite')
  tx.objectStore(CONNECTIONS).put(row, owner)
  await committed(tx)
}

/** `owner`'s wallet connection string, when this device keeps one it can still open. */
export const readWalletConnection = async (owner: string): Promise<string | undefined> => {
  const database = await open()
  if (!database) return undefined
  try {
    const row = (await request(
      database.transaction(CONNECTIONS, 'readonly').objectStore(CONNECTIONS).get(owner),
    )) as Row | undefined
    return row ? await unseal(owner, row.sealed) : undefined
  } catch {
    return undefined
  }
}

/** Forgets `owner`'s wallet connection (disconnect), or everyone's (sign-out). */
export const forgetWalletConnection = async (owner?: string): Promise<void> => {
  const database = await open()
  if (!database) return
  const store = database.transaction(CONNECTIONS, 'readwrite').objectStore(CONNECTIONS)
  try {
    await request(owner === undefined ? store.clear() : store.delete(owner))
  } catch (error) {
    console.warn('Could not forget the wallet connection', error)
  }
}
