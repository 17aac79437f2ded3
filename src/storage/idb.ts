/** Small promise helpers over IndexedDB, shared by this folder's stores. */

/** Resolves with a request's result (rejects with its error). */
export const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })

/** Resolves when a write transaction has committed. */
export const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })

/**
 * Opens a database, creating its stores on first use; undefined where this browser has no
 * working IndexedDB (some private modes): the app then runs without keeping anything.
 */
export const openDatabase = (
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void,
): Promise<IDBDatabase | undefined> =>
  new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(undefined)
      const open = indexedDB.open(name, version)
      open.onupgradeneeded = () => upgrade(open.result)
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => resolve(undefined)
      open.onblocked = () => resolve(undefined)
    } catch {
      resolve(undefined)
    }
  })
