import { create } from 'zustand'
import { normalizeRelayUrl } from '@/nostr/safe-url'
import {
  appRelays,
  cleanRelayUrls,
  clearStoredRelays,
  configuredRelays,
  readStoredRelays,
  writeStoredRelays,
} from '@/storage/relay-settings'
import { deviceStorage } from '@/storage/device-storage'

/** Live connection state of one relay, as the relay pool reports it. */
export type RelayStatus = 'connecting' | 'connected' | 'disconnected' | 'error' | 'needs-auth'

/**
 * One relay the app talks to. `app`: from the build's configuration; `user`: from the person's
 * own list on this device; `nip65`: from the signed-in person's published relay list (kind 10002).
 */
export type RelayEntry = {
  url: string
  status: RelayStatus
  source: 'app' | 'user' | 'nip65'
  read: boolean
  write: boolean
}

/** A signed-in person's NIP-65 relay list. */
export type UserRelayList = { read: string[]; write: string[] }

export type ChangeRelaysResult = { ok: true } | { ok: false; reason: string }

type RelaysState = {
  relays: RelayEntry[]
  /** True when the person's own list (bt:relays) replaces the configured relays. */
  customised: boolean
  /** The signed-in person's NIP-65 list, once loaded. */
  userList?: UserRelayList
}

type RelaysActions = {
  /** Adds a relay to the person's list (validated ws/wss URL) and saves the list. */
  addRelay: (url: string) => ChangeRelaysResult
  /** Removes a relay from the person's list and saves the list; the last one stays. */
  removeRelay: (url: string) => ChangeRelaysResult
  /** Forgets the person's list and goes back to the configured relays. */
  resetRelays: () => void
  /** Records a connection state reported by the relay pool. */
  setRelayStatus: (url: string, status: RelayStatus) => void
  /** Sets (or with undefined clears) the signed-in person's NIP-65 list. */
  setUserRelayList: (list: UserRelayList | undefined) => void
}

const buildEntries = (
  own: readonly string[],
  customised: boolean,
  userList: UserRelayList | undefined,
  previous: readonly RelayEntry[],
): RelayEntry[] => {
  const statusOf = (url: string) => previous.find((r) => r.url === url)?.status ?? 'connecting'
  const entries: RelayEntry[] = own.map((url) => ({
    url,
    status: statusOf(url),
    source: customised ? 'user' : 'app',
    read: true,
    write: true,
  }))
  const extra = [...(userList?.read ?? []), ...(userList?.write ?? [])]
  for (const url of extra) {
    if (entries.some((entry) => entry.url === url)) continue
    entries.push({
      url,
      status: statusOf(url),
      source: 'nip65',
      read: userList?.read.includes(url) ?? false,
      write: userList?.write.includes(url) ?? false,
    })
  }
  return entries
}

const ownUrls = (relays: readonly RelayEntry[]) =>
  relays.filter((entry) => entry.source !== 'nip65').map((entry) => entry.url)

const initialCustomised = readStoredRelays(deviceStorage()) !== undefined

export const useRelays = create<RelaysState & RelaysActions>()((set, get) => ({
  relays: buildEntries(appRelays(deviceStorage()), initialCustomised, undefined, []),
  customised: initialCustomised,
  userList: undefined,

  addRelay: (input) => {
    const url = normalizeRelayUrl(input)
    if (!url) {
      return {
        ok: false,
        reason: 'A relay address starts with wss:// (or ws://), like wss://nos.lol',
      }
    }
    const own = ownUrls(get().relays)
    if (own.includes(url)) return { ok: false, reason: `${url} is already in your list.` }
    const next = [...own, url]
    writeStoredRelays(deviceStorage(), next)
    set((state) => ({
      customised: true,
      relays: buildEntries(next, true, state.userList, state.relays),
    }))
    return { ok: true }
  },

  removeRelay: (input) => {
    const url = normalizeRelayUrl(input) ?? input
    const own = ownUrls(get().relays)
    if (!own.includes(url)) return { ok: false, reason: `${input} is not in your list.` }
    const next = own.filter((entry) => entry !== url)
    if (next.length === 0) return { ok: false, reason: 'Keep at least one relay.' }
    writeStoredRelays(deviceStorage(), next)
    set((state) => ({
      customised: true,
      relays: buildEntries(next, true, state.userList, state.relays),
    }))
    return { ok: true }
  },

  resetRelays: () => {
    clearStoredRelays(deviceStorage())
    set((state) => ({
      customised: false,
      relays: buildEntries(configuredRelays(), false, state.userList, state.relays),
    }))
  },

  setRelayStatus: (url, status) =>
    set((state) => {
      const entry = state.relays.find((r) => r.url === url)
      if (!entry || entry.status === status) return state
      return { relays: state.relays.map((r) => (r.url === url ? { ...r, status } : r)) }
    }),

  setUserRelayList: (input) =>
    set((state) => {
      const list = input && { read: cleanRelayUrls(input.read), write: cleanRelayUrls(input.write) }
      return {
        userList: list,
        relays: buildEntries(ownUrls(state.relays), state.customised, list, state.relays),
      }
    }),
}))

/** Whether a relay's connection is open (signed in to it or not): the one test every count uses. */
export const isRelayOpen = (entry: Pick<RelayEntry, 'status'>): boolean =>
  entry.status === 'connected' || entry.status === 'needs-auth'

/** Relays to read general data from: the app's (or the person's own) list. */
export const readRelayUrls = (state: RelaysState): string[] =>
  state.relays.filter((r) => r.source !== 'nip65').map((r) => r.url)

/** Relays to publish to: the app's list plus the signed-in person's NIP-65 write relays. */
export const writeRelayUrls = (state: RelaysState): string[] =>
  state.relays.filter((r) => r.write).map((r) => r.url)

/** Relays to read the signed-in person's own data from: the app's list plus all their NIP-65 relays. */
export const ownDataRelayUrls = (state: RelaysState): string[] => state.relays.map((r) => r.url)
