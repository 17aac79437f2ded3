import { committed, openDatabase, request } from './idb'

/**
 * Private data at rest: each person gets one AES-GCM key on this device, made by WebCrypto as
 * non-extractable and kept in IndexedDB (`bt-keys`) as a CryptoKey object, so no script (nor
 * anyone reading the browser's files) gets its bytes. Whatever is sealed with it is unreadable
 * once the key is forgotten (sign-out), wherever the sealed bytes still lie.
 */

const DB_NAME = 'bt-keys'
const STORE = 'keys'
const IV_BYTES = 12

/** Sealed text: stored as is (IndexedDB keeps typed arrays). */
export type Sealed = { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }

let db: Promise<IDBDatabase | undefined> | undefined
const open = () =>
  (db ??= openDatabase(DB_NAME, 1, (database) => database.createObjectStore(STORE)))

const keys = new Map<string, Promise<CryptoKey | undefined>>()

const readKey = async (database: IDBDatabase, owner: string) =>
  (await request(database.transaction(STORE, 'readonly').objectStore(STORE).get(owner))) as
    | CryptoKey
    | undefined

const makeKey = async (database: IDBDatabase, owner: string): Promise<CryptoKey> => {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
  const tx = database.transaction(STORE, 'readwrite')
  // `add`, not `put`: when another tab made one first, this one fails and theirs is used
  tx.objectStore(STORE).add(key, owner)
  try {
    await committed(tx)
    return key
  } catch {
    const theirs = await readKey(database, owner)
    if (!theirs) throw new Error('This browser could not keep a key for private data.')
    return theirs
  }
}

/** The person's key; made on first use unless `create` is false. */
const keyOf = (owner: string, create: boolean): Promise<CryptoKey | undefined> => {
  const known = keys.get(owner)
  if (known) return known
  const found = open().then(async (database) => {
    if (!database) return undefined
    return (await readKey(database, owner)) ?? (create ? makeKey(database, owner) : undefined)
  })
  keys.set(owner, found)
  // a failed or empty lookup is not remembered: the next call tries again
  void found.then(
    (key) => (key ? undefined : keys.delete(owner)),
    () => keys.delete(owner),
  )
  return found
}

/** Seals `text` with `owner`'s key on this device (made on first use). */
export const seal = async (owner: string, text: string): Promise<Sealed> => {
  const key = await keyOf(owner, true)
  if (!key) throw new Error('This browser cannot keep private data (no IndexedDB).')
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text))
  return { iv, data }
}

/**
 * Opens what `seal` made for `owner`; undefined when the key is gone (signed out since) or the
 * bytes were changed.
 */
export const unseal = async (owner: string, sealed: Sealed): Promise<string | undefined> => {
  const key = await keyOf(owner, false)
  if (!key) return undefined
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data)
    return new TextDecoder().decode(plain)
  } catch {
    return undefined
  }
}

/** Forgets every person's key on this device: what was sealed can no longer be read. */
export const forgetSealingKeys = async (): Promise<void> => {
  keys.clear()
  const database = await open()
  if (!database) return
  try {
    await request(database.transaction(STORE, 'readwrite').objectStore(STORE).clear())
  } catch (error) {
    console.warn('Could not forget the keys kept on this device', error)
  }
}
