import { describe, expect, it } from 'vitest'
import type { NostrEvent } from 'nostr-tools'
import { indexDeals } from './reputation-deals'
import { personReputation } from './reputation-person'
import { collectReviews } from './reputation-reviews'
import { readDealSources } from './reputation-sources'
import { reputationSummary } from './reputation-summary'
import { BITCOINER, RIVAL, STRANGER, TROUBLESHOOTER, signed } from '@tests/support/nostr-fixtures'

// One Bitcoiner, one troubleshooter, a rival bidder and a stranger; wire data as SatShoot and we
// write it. Times are unix seconds around NOW.
const NOW = 1760100000
const TK = `32767:${BITCOINER}:tk`
const TK2 = `32767:${BITCOINER}:tk2`
const TK3 = `32767:${BITCOINER}:tk3`
const OF1 = `32768:${TROUBLESHOOTER}:of1`
const OF3 = `32768:${TROUBLESHOOTER}:of3`
const OF4 = `32768:${TROUBLESHOOTER}:of4`
const CARD = `32765:${TROUBLESHOOTER}:svc`
const ORDER = `32766:${BITCOINER}:ord1`

const deals: NostrEvent[] = [
  signed('bitcoiner', 32767, [
    ['d', 'tk'],
    ['title', 'Seed'],
    ['s', '2'],
    ['a', OF1, '1759999000'],
  ]),
  signed('bitcoiner', 32767, [
    ['d', 'tk2'],
    ['title', 'Node'],
    ['s', '3'],
    ['a', OF3, ''],
  ]),
  signed('bitcoiner', 32767, [
    ['d', 'tk3'],
    ['title', 'Open'],
    ['s', '0'],
  ]),
  signed('troubleshooter', 32768, [
    ['d', 'of1'],
    ['a', TK],
    ['pricing', '0'],
    ['amount', '5000'],
  ]),
  signed('rival', 32768, [
    ['d', 'of2'],
    ['a', TK],
    ['pricing', '0'],
    ['amount', '4000'],
  ]),
  signed('troubleshooter', 32768, [
    ['d', 'of3'],
    ['a', TK2],
    ['pricing', '0'],
    ['amount', '900'],
  ]),
  signed('troubleshooter', 32768, [
    ['d', 'of4'],
    ['a', TK3],
    ['pricing', '0'],
    ['amount', '700'],
  ]),
  signed('troubleshooter', 32765, [
    ['d', 'svc'],
    ['title', 'Coldcard help'],
    ['s', '1'],
    ['pricing', '0'],
    ['amount', '20000'],
    ['a', ORDER, '1759990000'],
  ]),
  signed('bitcoiner', 32766, [
    ['d', 'ord1'],
    ['s', '1'],
    ['a', CARD],
    ['pricing', '0'],
    ['amount', '20000'],
  ]),
  signed('stranger', 32766, [
    ['d', 'ord2'],
    ['s', '0'],
    ['a', CARD],
    ['pricing', '0'],
    ['amount', '20000'],
  ]),
]

type Who = 'bitcoiner' | 'troubleshooter' | 'rival' | 'stranger'
const L = ['L', 'qts/freelancing']
/** A SatShoot-style review of a troubleshooter: no `p`, only the `a`. */
const ofTroubleshooter = (by: Who, a: string, r: string, at: number, ns = 'qts/freelancing') =>
  signed(
    by,
    1986,
    [
      ['L', ns],
      ['l', ns === 'qts/freelancing' ? 'freelancer' : 'troubleshooter', ns],
      ['rating', r[0] ?? '0', 'success'],
      ['rating', r[1] ?? '0', 'expertise'],
      ['rating', r[2] ?? '0', 'communication'],
      ['a', a],
    ],
    `review ${at}`,
    at,
  )
const ofBitcoiner = (by: Who, a: string, r: string, at: number) =>
  signed(
    by,
    1986,
    [
      L,
      ['l', 'client', 'qts/freelancing'],
      ['rating', r[0] ?? '0', 'thumb'],
      ['rating', r[1] ?? '0', 'communication'],
      ['a', a],
      ['p', a.split(':')[1] ?? ''],
    ],
    '',
    at,
  )

const reviews = {
  first: ofTroubleshooter('bitcoiner', OF1, '111', 1760000100),
  newer: ofTroubleshooter('bitcoiner', OF1, '100', 1760000200),
  stranger: ofTroubleshooter('stranger', OF1, '000', 1760000300),
  neverAccepted: ofTroubleshooter('bitcoiner', OF4, '111', 1760000400),
  legacyFailed: ofTroubleshooter('bitcoiner', OF3, '011', 1760000500, 'qts/troubleshooting'),
  card: ofTroubleshooter('bitcoiner', CARD, '111', 1760000600),
  cardNotTaken: ofTroubleshooter('stranger', CARD, '111', 1760000700),
  cardStranger: ofTroubleshooter('rival', CARD, '000', 1760000800),
  wrongDirection: signed(
    'bitcoiner',
    1986,
    [L, ['l', 'client', 'qts/freelancing'], ['rating', '0', 'thumb'], ['a', OF1]],
    '',
    1760000900,
  ),
  future: ofTroubleshooter('stranger', OF1, '000', NOW + 3600),
  client: ofBitcoiner('troubleshooter', TK, '11', 1760001000),
  lostBidder: ofBitcoiner('rival', TK, '00', 1760001100),
  clientOrder: ofBitcoiner('troubleshooter', ORDER, '10', 1760001200),
  clientNeverAccepted: ofBitcoiner('troubleshooter', TK3, '00', 1760001300),
  strangerOrder: ofBitcoiner('rival', ORDER, '00', 1760001400),
}

const nutzap = signed('stranger', 9321, [
  ['proof', JSON.stringify({ amount: 500, id: '00ab', secret: 's', C: '02' })],
  ['u', 'https://mint.example.com'],
  ['a', OF1],
  ['p', TROUBLESHOOTER],
])

const input = {
  reviews: collectReviews(Object.values(reviews), NOW),
  deals: indexDeals(readDealSources(deals)),
  payments: [],
  nutzaps: [nutzap],
}

const reasons = (pubkey: string) =>
  personReputation(pubkey, input, NOW).unverifiedReviews.map((u) => [u.id, u.reason])

describe('personReputation as troubleshooter', () => {
  const rep = personReputation(TROUBLESHOOTER, input, NOW)
  const t = rep.asTroubleshooter

  it('counts the newest review per deal, the legacy namespace and a SatShoot card review', () => {
    expect(t.reviews.counted.map((v) => v.review.id)).toEqual([
      reviews.card.id,
      reviews.legacyFailed.id,
      reviews.newer.id,
    ])
    expect(t.reviews.replaced.map((r) => r.id)).toEqual([reviews.first.id])
    expect(t.verifiedReviews.value).toBe(3)
  })

  it('scores with the QTS weights over counted reviews only', () => {
    // newer 1,0,0 → .5; legacy failed → 0; card 1,1,1 → 1
    expect(t.score.value).toBeCloseTo(0.5)
    expect(t.positiveShare.value).toBeCloseTo(2 / 3)
    expect(t.score.how).toMatch(/50 %, expertise 30 %, communication 20 %/)
    expect(reputationSummary(rep, 'troubleshooter')).toBe('67 % positive, 3 verified reviews')
  })

  it('lists every review that does not count apart, with a plain reason, newest first', () => {
    expect(reasons(TROUBLESHOOTER)).toEqual([
      [
        reviews.wrongDirection.id,
        expect.stringMatching(/^wrong direction: a review of a Bitcoiner/),
      ],
      [reviews.cardStranger.id, 'stranger: the reviewer never ordered this card'],
      [
        reviews.cardNotTaken.id,
        'the deal was never accepted: the card never took the reviewer’s order',
      ],
      [
        reviews.neverAccepted.id,
        'the deal was never accepted: the ticket did not accept this offer',
      ],
      [reviews.stranger.id, 'stranger: only the Bitcoiner who accepted this offer can review it'],
    ])
  })

  it('counts deals won from both sides’ events, with their outcomes', () => {
    expect(t.dealsWon.value).toBe(3)
    expect(t.resolved.value).toBe(2)
    expect(t.failed.value).toBe(1)
    expect(t.deals.map((d) => d.request.d).sort()).toEqual(['ord1', 'tk', 'tk2'])
  })

  it('lists a nutzap apart and never counts it as earnings', () => {
    expect(t.earningsSats.value).toBe(0)
    expect(rep.unverifiableEarnings).toEqual([
      expect.objectContaining({ id: nutzap.id, kind: 9321, sender: STRANGER, claimedSats: 500 }),
    ])
    expect(rep.newcomer).toBe(false)
  })
})

describe('personReputation as Bitcoiner', () => {
  const rep = personReputation(BITCOINER, input, NOW)
  const b = rep.asBitcoiner

  it('counts reviews by the troubleshooter of the deal, for a ticket and a SatShoot order', () => {
    expect(b.reviews.counted.map((v) => v.review.id)).toEqual([
      reviews.clientOrder.id,
      reviews.client.id,
    ])
    expect(b.score.value).toBeCloseTo(0.75)
    expect(b.positiveShare.value).toBe(1)
    expect(b.deals.value).toBe(3)
    expect(b.dealsPaidFor.value).toBe(0)
  })

  it('keeps the lost bidder, a stranger to the order and an unaccepted ticket apart', () => {
    expect(reasons(BITCOINER)).toEqual([
      [
        reviews.strangerOrder.id,
        'stranger: only the troubleshooter whose card took this order can review it',
      ],
      [reviews.clientNeverAccepted.id, 'the deal was never accepted: the ticket accepted no offer'],
      [
        reviews.lostBidder.id,
        'stranger: only the troubleshooter whose offer was accepted can review this ticket',
      ],
    ])
  })
})

describe('newcomers', () => {
  it('says so plainly when there is no verified history, even with reviews that do not count', () => {
    const rep = personReputation(STRANGER, input, NOW)
    expect(rep.newcomer).toBe(true)
    expect(rep.newcomerNote).toMatch(/not a scammer/)
    expect(reputationSummary(rep, 'troubleshooter')).toBe('Newcomer')
  })

  it('holds back a review dated in the future', () => {
    const all = personReputation(TROUBLESHOOTER, input, NOW).unverifiedReviews.map((u) => u.id)
    expect(all).not.toContain(reviews.future.id)
    const later = personReputation(
      TROUBLESHOOTER,
      { ...input, reviews: collectReviews(Object.values(reviews), NOW + 3600) },
      NOW + 3600,
    )
    expect(later.unverifiedReviews.map((u) => u.id)).toContain(reviews.future.id)
  })

  it('is not a newcomer once a deal both sides signed exists', () => {
    expect(personReputation(RIVAL, input, NOW).newcomer).toBe(true)
    expect(reputationSummary(personReputation(BITCOINER, input, NOW), 'bitcoiner')).toBe(
      '100 % positive, 2 verified reviews',
    )
  })
})
