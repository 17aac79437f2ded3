/** The key-value store the app keeps its device-local settings and session in. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key'> & {
  readonly length: number
}

/** An in-memory storage, for tests and for browsers where localStorage is blocked. */
export const memoryStorage = (): KeyValueStorage => {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
  }
}

let fallback: KeyValueStorage | undefined

/** localStorage when this browser allows it, else a per-tab memory storage. */
export const deviceStorage = (): KeyValueStorage => {
  try {
    const storage = globalThis.localStorage
    if (storage) {
      storage.getItem('bt:probe')
      return storage
    }
  } catch {
    // Safari private mode and sandboxed iframes throw on access
  }
  fallback ??= memoryStorage()
  return fallback
}

/** Reads a JSON value, or undefined when it is missing or not JSON. */
export const readJson = (storage: KeyValueStorage, key: string): unknown => {
  const raw = storage.getItem(key)
  if (raw === null) return undefined
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return undefined
  }
}

/** Writes a JSON value; a full or blocked storage is not worth crashing for. */
export const writeJson = (storage: KeyValueStorage, key: string, value: unknown): void => {
  try {
    storage.setItem(key, JSON.stringify(value))
  } catch (error) {
    console.warn(`Could not save ${key}`, error)
  }
}
