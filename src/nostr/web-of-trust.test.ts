import { describe, expect, it } from 'vitest'
import { collectReviews } from './reputation-reviews'
import { buildWebOfTrust, inNetwork, networkView } from './web-of-trust'
import { BITCOINER, RIVAL, STRANGER, TROUBLESHOOTER, signed } from '@tests/support/nostr-fixtures'

// The viewer is the Bitcoiner. They follow the troubleshooter (kind 3) and the rival (SatShoot
// freelance follows, kind 30000 d=freelance). Far away: two keys nobody signs for.
const NOW = 1760100000
const FAR = 'f'.repeat(64)
const FARTHER = 'e'.repeat(64)

const lists = [
  signed(
    'bitcoiner',
    3,
    [
      ['p', TROUBLESHOOTER],
      ['p', 'not-a-key'],
    ],
    '',
    1760000000,
  ),
  // an older follow list of the viewer: replaced, its follow of the stranger does not count
  signed('bitcoiner', 3, [['p', STRANGER]], '', 1759000000),
  signed('bitcoiner', 30000, [
    ['d', 'freelance'],
    ['p', RIVAL],
  ]),
  // another follow set of the viewer is not "freelance follows"
  signed('bitcoiner', 30000, [
    ['d', 'bitcoin-devs'],
    ['p', FARTHER],
  ]),
  signed('troubleshooter', 3, [
    ['p', FAR],
    ['p', RIVAL],
    ['p', BITCOINER],
  ]),
  signed('rival', 30000, [
    ['d', 'freelance'],
    ['p', FAR],
  ]),
  signed('rival', 3, [['p', FAR]]),
  // the stranger is not followed: whom they follow does not matter
  signed('stranger', 3, [['p', FARTHER]]),
]

describe('buildWebOfTrust', () => {
  const wot = buildWebOfTrust(
    {
      viewer: BITCOINER,
      lists,
      mutes: [
        signed(
          'troubleshooter',
          10000,
          [
            ['p', FAR],
            ['t', 'spam'],
          ],
          'encrypted private items',
        ),
        signed('stranger', 10000, [['p', FAR]]),
      ],
      reports: [
        signed('rival', 1984, [['p', FAR, 'spam']], '', 1760000000),
        signed('rival', 1984, [['p', FAR, 'impersonation']], '', 1760000100),
        signed('stranger', 1984, [['p', FAR, 'spam']]),
        signed('troubleshooter', 1984, [['p', FAR, 'spam']], '', NOW + 3600),
      ],
    },
    NOW,
  )

  it('follows: kind 3 and SatShoot freelance follows, newest list only', () => {
    expect([...wot.follows].sort()).toEqual([RIVAL, TROUBLESHOOTER].sort())
  })

  it('network: the viewer, their follows and their follows’ follows', () => {
    expect(inNetwork(wot, BITCOINER)).toBe(true)
    expect(inNetwork(wot, TROUBLESHOOTER)).toBe(true)
    expect(inNetwork(wot, FAR)).toBe(true)
    expect(inNetwork(wot, STRANGER)).toBe(false)
    expect(inNetwork(wot, FARTHER)).toBe(false)
  })

  it('counts each follow once, however many of their lists name the person', () => {
    expect(wot.followedBy.get(FAR)).toBe(2)
    expect(wot.followedBy.get(RIVAL)).toBe(1)
  })

  it('says what my follows think of a person: follows, public mutes, reports, reviews', () => {
    const review = signed('troubleshooter', 1986, [
      ['L', 'qts/freelancing'],
      ['l', 'client', 'qts/freelancing'],
      ['rating', '1', 'thumb'],
      ['a', `32767:${FAR}:tk`],
    ])
    const stranger = signed('stranger', 1986, [
      ['L', 'qts/freelancing'],
      ['l', 'client', 'qts/freelancing'],
      ['rating', '1', 'thumb'],
      ['a', `32767:${FAR}:tk`],
    ])
    const view = networkView(wot, FAR, collectReviews([review, stranger], NOW))
    expect({
      inNetwork: view.inNetwork,
      followedBy: view.followedBy.value,
      reviewedBy: view.reviewedBy.value,
      mutedBy: view.mutedBy.value,
      reportedBy: view.reportedBy.value,
    }).toEqual({ inNetwork: true, followedBy: 2, reviewedBy: 1, mutedBy: 1, reportedBy: 1 })
    expect(view.mutedBy.how).toMatch(/Private mutes cannot be read/)
  })

  it('knows nothing about a person outside the network', () => {
    const view = networkView(wot, STRANGER)
    expect([view.inNetwork, view.followedBy.value, view.mutedBy.value]).toEqual([false, 0, 0])
  })
})
