import type { NostrEvent } from 'nostr-tools'
import { create } from 'zustand'
import type { Rumor } from '@/nostr/chat'
import type { Tag } from '@/nostr/tags'
import { deviceStorage, readJson, writeJson } from '@/storage/device-storage'
import { useSession } from './session'
import { threadKeyOf } from './messages'

/**
 * Every message the person sends, from the moment they press send until relays took it: pending →
 * sent (with the number of relays that took it) or failed (with the reason, and a retry). Unsent
 * items are saved in localStorage `bt:outbox:<pubkey>` before any network call, so nothing typed is
 * lost, also across a reload; they are removed once sent, and all of them on sign-out.
 */

/** What the person asked to send. `ticket`: the ticket address string (`32767:<pubkey>:<d>`). */
export type OutgoingDraft = {
  recipient: string
  text: string
  ticket?: string
  subject?: string
  /** Structured tags (payment request, receipt, work log) from message-tags.ts. */
  tags?: Tag[]
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed'

export type OutboxItem = OutgoingDraft & {
  /** Local id (the rumor id once the rumor is built). */
  id: string
  threadKey: string
  /** When the person pressed send (unix seconds). */
  createdAt: number
  status: OutboxStatus
  /** Relays that took the recipient's copy (when sent). */
  relayCount?: number
  /** Why it failed, in plain words (when failed), or why it is still waiting (when pending). */
  reason?: string
  attempts: number
  /** The rumor, fixed at the first attempt so a retry sends the very same message. */
  rumor?: Rumor
  /** Gift wraps already made (ciphertext only), re-published as they are on a retry. */
  wraps?: { recipient?: NostrEvent; self?: NostrEvent }
  /** The wraps were handed to the outbox of signed events (publish-outbox), which sends them. */
  queued?: boolean
}

type OutboxState = { owner?: string; items: OutboxItem[] }

type OutboxActions = {
  /** Loads `owner`'s unsent items from this device (or empties the outbox for nobody). */
  load: (owner: string | undefined) => void
  /** Adds an item as pending and saves it before anything is sent. */
  add: (item: OutboxItem) => void
  /** Changes an item; sent items leave this device's storage. */
  update: (id: string, change: Partial<OutboxItem>) => void
  /** Forgets an item (e.g. the person discards a failed message). */
  remove: (id: string) => void
}

const storageKey = (owner: string) => `bt:outbox:${owner}`

const isItem = (value: unknown): value is OutboxItem => {
  const item = value as Partial<OutboxItem> | null
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.id === 'string' &&
    typeof item.recipient === 'string' &&
    typeof item.text === 'string' &&
    typeof item.createdAt === 'number'
  )
}

/** Reads saved items; anything interrupted mid-send is pending again. */
const loadItems = (owner: string): OutboxItem[] => {
  const value = readJson(deviceStorage(), storageKey(owner))
  if (!Array.isArray(value)) return []
  return value.filter(isItem).map((item) => ({
    ...item,
    threadKey: threadKeyOf(item.recipient, item.ticket),
    attempts: typeof item.attempts === 'number' ? item.attempts : 0,
    status: item.status === 'failed' ? 'failed' : 'pending',
  }))
}

const save = (owner: string | undefined, items: readonly OutboxItem[]) => {
  if (!owner) return
  const unsent = items.filter((item) => item.status !== 'sent')
  if (unsent.length === 0) deviceStorage().removeItem(storageKey(owner))
  else writeJson(deviceStorage(), storageKey(owner), unsent)
}

export const useOutboxStore = create<OutboxState & OutboxActions>()((set, get) => ({
  owner: undefined,
  items: [],

  load: (owner) => set({ owner, items: owner ? loadItems(owner) : [] }),

  add: (item) => {
    const items = [...get().items, item]
    save(get().owner, items)
    set({ items })
  },

  update: (id, change) => {
    const items = get().items.map((item) => (item.id === id ? { ...item, ...change } : item))
    save(get().owner, items)
    set({ items })
  },

  remove: (id) => {
    const items = get().items.filter((item) => item.id !== id)
    save(get().owner, items)
    set({ items })
  },
}))

const EMPTY: OutboxItem[] = []

/** Items of one thread, memoised per items array so selectors return stable values. */
let memo: { items: OutboxItem[]; byThread: Map<string, OutboxItem[]> } | undefined
export const selectOutboxThread =
  (key: string) =>
  (state: OutboxState): OutboxItem[] => {
    if (memo?.items !== state.items) {
      const byThread = new Map<string, OutboxItem[]>()
      for (const item of state.items) {
        const list = byThread.get(item.threadKey) ?? []
        list.push(item)
        byThread.set(item.threadKey, list)
      }
      memo = { items: state.items, byThread }
    }
    return memo.byThread.get(key) ?? EMPTY
  }

// Sign-out: unsent drafts are the person's plaintext; they leave this device with the session.
useSession.subscribe((state, previous) => {
  if (previous.status === 'signed-in' && state.status !== 'signed-in' && previous.pubkey) {
    deviceStorage().removeItem(storageKey(previous.pubkey))
    useOutboxStore.setState({ owner: undefined, items: [] })
  }
})
