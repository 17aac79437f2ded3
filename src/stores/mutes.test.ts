import { describe, expect, it } from 'vitest'
import { BITCOINER, RIVAL, STRANGER, TROUBLESHOOTER, signed } from '@tests/support/nostr-fixtures'
import { mutedBy, useMutes } from './mutes'

const list = (tags: string[][], at: number, content = '') =>
  signed('bitcoiner', 10000, tags, content, at)

describe('the mutes store', () => {
  it('shows the newest version only, whatever order versions arrive in', () => {
    const store = useMutes.getState()
    store.reset(BITCOINER)
    store.showList(BITCOINER, list([['p', RIVAL]], 200), { state: 'none' })
    store.showList(BITCOINER, list([['p', STRANGER]], 100), { state: 'none' })
    expect([...useMutes.getState().muted]).toEqual([RIVAL])
  })

  it('counts private people once their part is read, for that version only', () => {
    const store = useMutes.getState()
    store.reset(BITCOINER)
    const first = list([['p', RIVAL]], 300, 'encrypted')
    store.showList(BITCOINER, first, { state: 'reading' })
    expect([...useMutes.getState().muted]).toEqual([RIVAL])
    store.setPrivatePart('another id', { state: 'read', items: [['p', STRANGER]] })
    expect(useMutes.getState().muted.has(STRANGER)).toBe(false)
    store.setPrivatePart(first.id, {
      state: 'read',
      items: [
        ['p', STRANGER],
        ['word', 'x'],
      ],
    })
    expect([...useMutes.getState().muted].sort()).toEqual([RIVAL, STRANGER].sort())
    expect([...useMutes.getState().mutedPrivately]).toEqual([STRANGER])
  })

  it('ignores a list signed by someone else, and mutes nobody for another viewer', () => {
    const store = useMutes.getState()
    store.reset(TROUBLESHOOTER)
    store.showList(TROUBLESHOOTER, list([['p', RIVAL]], 400), { state: 'none' })
    expect(useMutes.getState().list).toBeUndefined()
    store.reset(BITCOINER)
    store.showList(BITCOINER, list([['p', RIVAL]], 400), { state: 'none' })
    expect(mutedBy(useMutes.getState(), BITCOINER).has(RIVAL)).toBe(true)
    expect(mutedBy(useMutes.getState(), TROUBLESHOOTER).size).toBe(0)
    expect(mutedBy(useMutes.getState(), undefined).size).toBe(0)
  })
})
