import { create } from 'zustand'
import type { Address } from '@/nostr/address'
import { formatAddress } from '@/nostr/address'
import type { ChatMessage } from '@/nostr/chat'
import { readJson, writeJson, deviceStorage } from '@/storage/device-storage'
import { useSession } from './session'

/**
 * Private messages of the signed-in person, threaded by counterpart and ticket. Plain data only:
 * src/ndk/messages.ts feeds it; read markers are kept on this device (`bt:read:<pubkey>`).
 */

/** A message placed in its thread. `outgoing`: written by me. */
export type MessageRecord = ChatMessage & {
  threadKey: string
  counterpart: string
  outgoing: boolean
}

/** The newest message time read in a thread, with the ids read at exactly that second. */
export type ReadMarker = { at: number; ids: string[] }

/** Where the live inbox is: not started, loading what relays keep, or live. */
export type InboxStatus = 'idle' | 'loading' | 'live'

type MessagesState = {
  /** Whose messages these are. */
  owner?: string
  /** Messages per thread key, ordered by time (oldest first). */
  threads: Record<string, MessageRecord[]>
  /** Message id → thread key, for deduplication. */
  index: Record<string, string>
  readMarkers: Record<string, ReadMarker>
  inbox: InboxStatus
  /** Relays that hold messages back until the app authenticates (NIP-42). */
  authNeeded: string[]
  /** Wraps or legacy messages that could not be opened or read (skipped, not shown). */
  skipped: number
}

type MessagesActions = {
  /** Starts over for `owner` (or nobody), loading their read markers from this device. */
  reset: (owner: string | undefined) => void
  /** Adds messages (any order, duplicates ignored) to their threads. */
  addMessages: (messages: readonly ChatMessage[]) => void
  /** Marks every message now in the thread as read, and remembers it on this device. */
  markRead: (threadKey: string) => void
  setInboxStatus: (status: InboxStatus) => void
  setAuthNeeded: (relays: string[]) => void
  /** Counts messages that were skipped because they could not be opened. */
  countSkipped: (count: number) => void
}

/** `<counterpart>|<ticket address or ''>`: the key of a thread. */
export const threadKeyOf = (counterpart: string, ticket?: Address | string): string =>
  `${counterpart}|${ticket === undefined ? '' : typeof ticket === 'string' ? ticket : formatAddress(ticket)}`

/** Splits a thread key back into counterpart and ticket address ('' for none). */
export const splitThreadKey = (key: string): { counterpart: string; ticket: string } => {
  const bar = key.indexOf('|')
  return { counterpart: key.slice(0, bar), ticket: key.slice(bar + 1) }
}

const readKey = (owner: string) => `bt:read:${owner}`

const loadMarkers = (owner: string | undefined): Record<string, ReadMarker> => {
  if (!owner) return {}
  const value = readJson(deviceStorage(), readKey(owner))
  if (typeof value !== 'object' || value === null) return {}
  const markers: Record<string, ReadMarker> = {}
  for (const [key, marker] of Object.entries(value as Record<string, unknown>)) {
    const { at, ids } = (marker ?? {}) as Partial<ReadMarker>
    if (typeof at === 'number' && Array.isArray(ids)) {
      markers[key] = { at, ids: ids.filter((id) => typeof id === 'string') }
    }
  }
  return markers
}

/** Places a message in its thread as seen by `owner`. */
export const toRecord = (message: ChatMessage, owner: string): MessageRecord => {
  const outgoing = message.sender === owner
  const counterpart = outgoing ? message.recipient : message.sender
  return { ...message, outgoing, counterpart, threadKey: threadKeyOf(counterpart, message.ticket) }
}

/**
 * Rumor times have one-second resolution, so two messages sent in the same second tie. The sort is
 * stable and new messages are appended in the order they arrived: ties keep that order, which for
 * live messages is the order they were sent.
 */
const byTime = (a: MessageRecord, b: MessageRecord) => a.at - b.at

const initial = (owner: string | undefined): MessagesState => ({
  owner,
  threads: {},
  index: {},
  readMarkers: loadMarkers(owner),
  inbox: 'idle',
  authNeeded: [],
  skipped: 0,
})

export const useMessages = create<MessagesState & MessagesActions>()((set, get) => ({
  ...initial(undefined),

  reset: (owner) => set(initial(owner)),

  addMessages: (messages) => {
    const { owner, index, threads } = get()
    if (!owner || messages.length === 0) return
    const added: Record<string, MessageRecord[]> = {}
    const nextIndex = { ...index }
    for (const message of messages) {
      if (nextIndex[message.id] !== undefined) continue
      const record = toRecord(message, owner)
      nextIndex[message.id] = record.threadKey
      ;(added[record.threadKey] ??= []).push(record)
    }
    const keys = Object.keys(added)
    if (keys.length === 0) return
    const nextThreads = { ...threads }
    for (const key of keys) {
      nextThreads[key] = [...(threads[key] ?? []), ...(added[key] ?? [])].sort(byTime)
    }
    set({ threads: nextThreads, index: nextIndex })
  },

  markRead: (threadKey) => {
    const { owner, threads, readMarkers } = get()
    const messages = threads[threadKey]
    const newest = messages?.[messages.length - 1]
    if (!owner || !newest) return
    const ids = messages.filter((m) => m.at === newest.at).map((m) => m.id)
    const current = readMarkers[threadKey]
    if (current && current.at === newest.at && ids.every((id) => current.ids.includes(id))) return
    const next = { ...readMarkers, [threadKey]: { at: newest.at, ids } }
    writeJson(deviceStorage(), readKey(owner), next)
    set({ readMarkers: next })
  },

  setInboxStatus: (inbox) => set({ inbox }),
  setAuthNeeded: (relays) =>
    set((state) => (state.authNeeded.join() === relays.join() ? state : { authNeeded: relays })),

  countSkipped: (count) => set((state) => ({ skipped: state.skipped + count })),
}))

/** Whether an incoming message comes after the thread's read marker. */
export const isUnread = (message: MessageRecord, marker: ReadMarker | undefined): boolean =>
  !message.outgoing &&
  (!marker ||
    message.at > marker.at ||
    (message.at === marker.at && !marker.ids.includes(message.id)))

/** Incoming messages not read yet in one thread. */
export const unreadIn = (messages: readonly MessageRecord[], marker: ReadMarker | undefined) => {
  let count = 0
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]
    if (!message) continue
    if (marker && message.at < marker.at) break
    if (isUnread(message, marker)) count++
  }
  return count
}

/** Unread messages over every thread (a number, so the navigation badge re-renders only on change). */
export const selectUnreadTotal = (state: MessagesState): number => {
  let total = 0
  for (const [key, messages] of Object.entries(state.threads)) {
    total += unreadIn(messages, state.readMarkers[key])
  }
  return total
}

const EMPTY: MessageRecord[] = []

/** The messages of one thread (a stable empty array when there are none). */
export const selectThread =
  (key: string) =>
  (state: MessagesState): MessageRecord[] =>
    state.threads[key] ?? EMPTY

// Sign-out: forget every message and marker held in memory (markers stay on this device).
useSession.subscribe((state, previous) => {
  if (previous.status === 'signed-in' && state.status !== 'signed-in') {
    useMessages.getState().reset(undefined)
  }
})
