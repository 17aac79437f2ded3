import { cleanRelayUrls } from './relay-settings'
import { readJson, writeJson, type KeyValueStorage } from './device-storage'

/** Where the sign-in is remembered on this device. */
export const SESSION_STORAGE_KEY = 'bt:session'

/**
 * Prefixes of every key holding a secret of this device's session: session, signer, wallet, and
 * unsent message drafts (plaintext). Read markers stay, so signing in again floods nothing.
 */
const SECRET_KEY_PREFIXES = ['bt:session', 'bt:secret:', 'bt:nwc', 'bt:outbox:']

/**
 * What survives a reload. For a remote signer: the app's own throwaway client key used to talk
 * to the bunker (never the person's key), the bunker's pubkey and relays, the person's pubkey.
 */
export type StoredSession =
  | { method: 'nip07'; pubkey: string }
  | {
      method: 'nip46'
      pubkey: string
      bunkerPubkey: string
      relays: string[]
      clientSecretKey: string
    }

const HEX64 = /^[0-9a-f]{64}$/
const isHex64 = (value: unknown): value is string => typeof value === 'string' && HEX64.test(value)

/** The remembered session, or undefined when there is none or it is malformed. */
export const readStoredSession = (storage: KeyValueStorage): StoredSession | undefined => {
  const value = readJson(storage, SESSION_STORAGE_KEY)
  if (typeof value !== 'object' || value === null) return undefined
  const stored = value as Record<string, unknown>
  if (!isHex64(stored.pubkey)) return undefined
  if (stored.method === 'nip07') return { method: 'nip07', pubkey: stored.pubkey }
  if (stored.method !== 'nip46') return undefined
  if (!isHex64(stored.bunkerPubkey) || !isHex64(stored.clientSecretKey)) return undefined
  const relays = Array.isArray(stored.relays) ? cleanRelayUrls(stored.relays) : []
  if (relays.length === 0) return undefined
  return {
    method: 'nip46',
    pubkey: stored.pubkey,
    bunkerPubkey: stored.bunkerPubkey,
    relays,
    clientSecretKey: stored.clientSecretKey,
  }
}

/** Remembers the session on this device. */
export const writeStoredSession = (storage: KeyValueStorage, session: StoredSession): void =>
  writeJson(storage, SESSION_STORAGE_KEY, session)

/** Removes the session and every secret this device holds for it (signer key, wallet links). */
export const clearDeviceSecrets = (storage: KeyValueStorage): void => {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key && SECRET_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) keys.push(key)
  }
  for (const key of keys) storage.removeItem(key)
}
