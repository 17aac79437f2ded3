import { describe, expect, it } from 'vitest'
import { memoryStorage } from '@/storage/device-storage'
import type { AppNotification } from './notifications'
import {
  FIRST_VISIT_LOOKBACK_SECONDS,
  createNotificationsStore,
  selectUnreadCount,
} from './notifications'

const ME = '8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f'
const KEY = `bt:notifications-read:${ME}`
const NOW = 1760000000

const item = (id: string, at: number): AppNotification => ({
  id,
  kind: 'offer',
  at,
  ticketAddress: `32767:${ME}:t1`,
  text: `New offer ${id}`,
})

/** A store over `storage`, as after a page load. */
const load = (storage: ReturnType<typeof memoryStorage>, now = NOW) => {
  const store = createNotificationsStore(() => storage)
  store.getState().start(ME, now)
  return store
}

const unread = (store: ReturnType<typeof load>) => selectUnreadCount(store.getState())

describe('notification read state on this device', () => {
  it('on a first visit counts only the last day as unread and remembers that visit', () => {
    const storage = memoryStorage()
    const store = load(storage)
    store.getState().setItems([item('old', NOW - 2 * 86400), item('recent', NOW - 3600)])
    expect(unread(store)).toBe(1)
    expect(JSON.parse(storage.getItem(KEY) ?? 'null')).toEqual({
      seenUntil: NOW - FIRST_VISIT_LOOKBACK_SECONDS,
      readIds: [],
    })
  })

  it('keeps an opened notification read after a reload', () => {
    const storage = memoryStorage()
    const first = load(storage)
    first.getState().setItems([item('a', NOW + 10), item('b', NOW + 20)])
    first.getState().markRead('a')
    expect(unread(first)).toBe(1)

    const reloaded = load(storage, NOW + 60)
    reloaded.getState().setItems([item('a', NOW + 10), item('b', NOW + 20)])
    expect(unread(reloaded)).toBe(1)
    expect(reloaded.getState().items.map((n) => n.id)).toEqual(['b', 'a'])
  })

  it('after looking at the list, only what happens later is unread on the next visit', () => {
    const storage = memoryStorage()
    const first = load(storage)
    first.getState().setItems([item('a', NOW + 10)])
    first.getState().markSeenUntil(NOW + 30)

    const reloaded = load(storage, NOW + 600)
    reloaded.getState().setItems([item('a', NOW + 10), item('later', NOW + 40)])
    expect(unread(reloaded)).toBe(1)
  })

  it('"Mark all read" covers everything so far, even a peer clock ahead of ours', () => {
    const storage = memoryStorage()
    const store = load(storage)
    store.getState().setItems([item('a', NOW + 10), item('ahead', NOW + 5000)])
    store.getState().markAllRead(NOW + 100)
    expect(unread(store)).toBe(0)
    const reloaded = load(storage, NOW + 200)
    reloaded.getState().setItems([item('a', NOW + 10), item('ahead', NOW + 5000)])
    expect(unread(reloaded)).toBe(0)
  })

  it('signing out forgets the list but not what was read', () => {
    const storage = memoryStorage()
    const store = load(storage)
    store.getState().setItems([item('a', NOW + 10)])
    store.getState().markRead('a')
    store.getState().clear()
    expect(store.getState().items).toEqual([])
    expect(store.getState().pubkey).toBeUndefined()
    expect(JSON.parse(storage.getItem(KEY) ?? 'null').readIds).toEqual(['a'])
  })

  it('ignores a malformed stored value and starts afresh', () => {
    const storage = memoryStorage()
    storage.setItem(KEY, '{"seenUntil":"yesterday"}')
    const store = load(storage)
    expect(store.getState().seenUntil).toBe(NOW - FIRST_VISIT_LOOKBACK_SECONDS)
  })
})
