import { normalizeRelayUrl } from '@/nostr/safe-url'
import { readJson, writeJson, type KeyValueStorage } from './device-storage'

/** Public relays the app uses when the build names none (VITE_RELAYS) and the person set none. */
export const DEFAULT_RELAYS: readonly string[] = [
  'wss://relay.damus.io',
  'wss://nos.lol',
  'wss://relay.primal.net',
  'wss://relay.nostr.band',
]

/** Where the person's own relay list (an array of URLs) is kept on this device. */
export const RELAYS_STORAGE_KEY = 'bt:relays'

/** Keeps the valid ws(s) relay URLs of a list, normalised, each once, in order. */
export const cleanRelayUrls = (values: readonly unknown[]): string[] => {
  const urls: string[] = []
  for (const value of values) {
    const url = normalizeRelayUrl(value)
    if (url && !urls.includes(url)) urls.push(url)
  }
  return urls
}

/** Parses a comma-separated relay list such as VITE_RELAYS. */
export const parseRelayList = (value: string | undefined): string[] =>
  cleanRelayUrls((value ?? '').split(','))

/** The relays this build is configured with: VITE_RELAYS when set and valid, else the defaults. */
export const configuredRelays = (
  env: string | undefined = import.meta.env.VITE_RELAYS,
): string[] => {
  const fromEnv = parseRelayList(env)
  return fromEnv.length > 0 ? fromEnv : [...DEFAULT_RELAYS]
}

/** The person's saved relay list, or undefined when they never changed it (or it is unreadable). */
export const readStoredRelays = (storage: KeyValueStorage): string[] | undefined => {
  const value = readJson(storage, RELAYS_STORAGE_KEY)
  if (!Array.isArray(value)) return undefined
  const urls = cleanRelayUrls(value)
  return urls.length > 0 ? urls : undefined
}

/** Saves the person's relay list; it replaces the configured relays from then on. */
export const writeStoredRelays = (storage: KeyValueStorage, urls: readonly string[]): void =>
  writeJson(storage, RELAYS_STORAGE_KEY, cleanRelayUrls(urls))

/** Forgets the person's relay list, going back to the configured relays. */
export const clearStoredRelays = (storage: KeyValueStorage): void =>
  storage.removeItem(RELAYS_STORAGE_KEY)

/** The app relays to use on this device: the saved list when present, else the configured one. */
export const appRelays = (storage: KeyValueStorage, env?: string): string[] =>
  readStoredRelays(storage) ?? configuredRelays(env)
