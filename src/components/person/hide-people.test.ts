import { describe, expect, it } from 'vitest'
import { BITCOINER, RIVAL, STRANGER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import { hidePeople } from './hide-people'

type Item = { title: string; by: string }
const items: Item[] = [
  { title: 'mine', by: BITCOINER },
  { title: 'muted stranger', by: STRANGER },
  { title: 'muted follow', by: RIVAL },
  { title: 'follow', by: TROUBLESHOOTER },
]
const byOf = (item: Item) => item.by
const titles = (shown: Item[]) => shown.map((item) => item.title)
const muted = new Set([STRANGER, RIVAL, BITCOINER])
const network = { active: true, includes: (pubkey: string) => pubkey !== STRANGER }

describe('hidePeople', () => {
  it('hides muted people and counts them; never the viewer, even on their own mute list', () => {
    const result = hidePeople(items, byOf, { viewer: BITCOINER, muted, revealMuted: false })
    expect(titles(result.shown)).toEqual(['mine', 'follow'])
    expect(result).toMatchObject({ mutedCount: 2, mutedShown: 0, outside: 0 })
  })

  it('"Show anyway" shows muted people, counted apart', () => {
    const result = hidePeople(items, byOf, { viewer: BITCOINER, muted, revealMuted: true })
    expect(titles(result.shown)).toEqual(['mine', 'muted stranger', 'muted follow', 'follow'])
    expect(result).toMatchObject({ mutedCount: 0, mutedShown: 2, outside: 0 })
  })

  it('counts a muted person once, as muted; once shown anyway, the network may still hide them', () => {
    const hidden = hidePeople(items, byOf, {
      viewer: BITCOINER,
      muted,
      revealMuted: false,
      network,
    })
    expect(hidden).toMatchObject({ mutedCount: 2, mutedShown: 0, outside: 0 })
    const revealed = hidePeople(items, byOf, {
      viewer: BITCOINER,
      muted,
      revealMuted: true,
      network,
    })
    expect(titles(revealed.shown)).toEqual(['mine', 'muted follow', 'follow'])
    expect(revealed).toMatchObject({ mutedCount: 0, mutedShown: 1, outside: 1 })
  })

  it('hides nobody by network until the network is known, nor for a signed-out visitor', () => {
    const loading = { active: false, includes: () => false }
    const result = hidePeople(items, byOf, {
      muted: new Set(),
      revealMuted: false,
      network: loading,
    })
    expect(result.shown).toHaveLength(4)
    expect(result.outside).toBe(0)
  })
})
