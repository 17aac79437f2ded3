import { create } from 'zustand'
import { deviceStorage, readJson, writeJson } from '@/storage/device-storage'
import type { KeyValueStorage } from '@/storage/device-storage'

/**
 * What happened: a new offer on my ticket, my offer won or lost, a ticket I offered on was closed,
 * or a Bitcoiner asked me directly.
 */
export type NotificationKind = 'offer' | 'won' | 'lost' | 'closed' | 'request'

/** One in-app notification. The id is derived from the events, so it is the same on every load. */
export type AppNotification = {
  id: string
  kind: NotificationKind
  /** When it happened (unix seconds). */
  at: number
  /** The ticket it is about, as `32767:<pubkey>:<d>`. */
  ticketAddress: string
  text: string
  /** Who caused it (the troubleshooter who offered, the Bitcoiner who asked), when one did. */
  from?: string
}

/** What this device remembers per person: everything up to `seenUntil` is read, plus `readIds`. */
export type NotificationsReadState = { seenUntil: number; readIds: string[] }

/** On a device's first sign-in, what happened in this last stretch still counts as unread. */
export const FIRST_VISIT_LOOKBACK_SECONDS = 24 * 60 * 60
const MAX_READ_IDS = 500

export const readStateKey = (pubkey: string): string => `bt:notifications-read:${pubkey}`

/** The stored read state, or undefined when there is none (or it is malformed). */
export const loadReadState = (
  storage: KeyValueStorage,
  pubkey: string,
): NotificationsReadState | undefined => {
  const value = readJson(storage, readStateKey(pubkey))
  if (typeof value !== 'object' || value === null) return undefined
  const { seenUntil, readIds } = value as Record<string, unknown>
  if (typeof seenUntil !== 'number' || !Number.isFinite(seenUntil)) return undefined
  const ids = Array.isArray(readIds) ? readIds.filter((id) => typeof id === 'string') : []
  return { seenUntil, readIds: ids }
}

type NotificationsState = {
  /** Whose notifications these are; undefined when signed out. */
  pubkey?: string
  /** Newest first. */
  items: AppNotification[]
  seenUntil: number
  readIds: Record<string, true>
  /** True until the relays sent what they had stored. */
  loading: boolean
}

type NotificationsActions = {
  /** Starts a signed-in person's list: empty items, read state from this device. */
  start: (pubkey: string, now: number) => void
  /** Replaces the items (the watcher derives the whole list each time). */
  setItems: (items: readonly AppNotification[]) => void
  /** The relays sent what they had stored. */
  setLoaded: () => void
  /** Marks one notification read (opened). */
  markRead: (id: string) => void
  /** Marks everything up to `now` read. */
  markAllRead: (now: number) => void
  /** Everything that happened up to `at` counts as seen (the person looked at the list then). */
  markSeenUntil: (at: number) => void
  /** Forgets the list (signing out); the read state stays on the device. */
  clear: () => void
}

/** Whether a notification is still unread. */
export const isUnread = (
  item: AppNotification,
  state: Pick<NotificationsState, 'seenUntil' | 'readIds'>,
): boolean => item.at > state.seenUntil && !state.readIds[item.id]

/** How many notifications are unread. */
export const selectUnreadCount = (state: NotificationsState): number =>
  state.items.filter((item) => isUnread(item, state)).length

/** Drops the ids of known items that `seenUntil` already covers, to keep the stored list short. */
const withoutCovered = (
  readIds: Record<string, true>,
  items: readonly AppNotification[],
  seenUntil: number,
): Record<string, true> => {
  const next = { ...readIds }
  for (const item of items) if (item.at <= seenUntil) delete next[item.id]
  return next
}

const sortNewestFirst = (items: readonly AppNotification[]) =>
  [...items].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))

/** Creates the store over a storage (localStorage in the app, memory in tests). */
export const createNotificationsStore = (storage: () => KeyValueStorage) =>
  create<NotificationsState & NotificationsActions>()((set, get) => {
    const save = () => {
      const { pubkey, seenUntil, readIds } = get()
      if (!pubkey) return
      const stored: NotificationsReadState = {
        seenUntil,
        readIds: Object.keys(readIds).slice(-MAX_READ_IDS),
      }
      writeJson(storage(), readStateKey(pubkey), stored)
    }
    return {
      items: [],
      seenUntil: 0,
      readIds: {},
      loading: false,
      start: (pubkey, now) => {
        const stored = loadReadState(storage(), pubkey)
        set({
          pubkey,
          items: [],
          loading: true,
          seenUntil: stored?.seenUntil ?? now - FIRST_VISIT_LOOKBACK_SECONDS,
          readIds: Object.fromEntries((stored?.readIds ?? []).map((id) => [id, true as const])),
        })
        if (!stored) save()
      },
      setItems: (items) => set({ items: sortNewestFirst(items) }),
      setLoaded: () => set({ loading: false }),
      markRead: (id) => {
        if (get().readIds[id]) return
        set((state) => ({ readIds: { ...state.readIds, [id]: true } }))
        save()
      },
      markAllRead: (now) => {
        const state = get()
        set({
          seenUntil: Math.max(state.seenUntil, now),
          // ids of items dated after `now` (a peer's clock ahead of ours) stay marked one by one
          readIds: withoutCovered(
            {
              ...state.readIds,
              ...Object.fromEntries(state.items.map((i) => [i.id, true as const])),
            },
            state.items,
            now,
          ),
        })
        save()
      },
      markSeenUntil: (at) => {
        const state = get()
        if (at <= state.seenUntil) return
        set({ seenUntil: at, readIds: withoutCovered(state.readIds, state.items, at) })
        save()
      },
      clear: () => set({ pubkey: undefined, items: [], seenUntil: 0, readIds: {}, loading: false }),
    }
  })

/** The signed-in person's notifications and what of them is read on this device. */
export const useNotifications = createNotificationsStore(deviceStorage)
