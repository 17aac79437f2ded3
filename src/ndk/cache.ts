import type NDK from '@nostr-dev-kit/ndk'

/** True when this browser lets the app open an IndexedDB database (not so in some private modes). */
const indexedDbWorks = (): Promise<boolean> =>
  new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(false)
      const request = indexedDB.open('bt-probe')
      request.onsuccess = () => {
        request.result.close()
        resolve(true)
      }
      request.onerror = () => resolve(false)
      request.onblocked = () => resolve(false)
    } catch {
      resolve(false)
    }
  })

/**
 * Attaches NDK's Dexie cache when IndexedDB works, loading its code (~35 KB gzip) only now: the
 * app calls this after the first screen is painted, so subscriptions started before run without
 * it. Without IndexedDB the app simply runs without a cache. Signatures are kept so cached events
 * pass the same verification as fresh ones.
 */
export const attachCache = async (ndk: NDK): Promise<boolean> => {
  if (ndk.cacheAdapter || !(await indexedDbWorks())) return false
  try {
    const { default: NDKCacheAdapterDexie } = await import('@nostr-dev-kit/cache-dexie')
    ndk.cacheAdapter = new NDKCacheAdapterDexie({ dbName: 'bitcoin-troubleshoot', saveSig: true })
    return true
  } catch (error) {
    console.warn('Running without the offline cache', error)
    return false
  }
}
