import { describe, expect, it } from 'vitest'
import type { NostrEvent } from 'nostr-tools'
import { readReview } from './review'
import { reviewScore } from './reputation'
import { indexDeals } from './reputation-deals'
import { personReputation } from './reputation-person'
import { collectReviews } from './reputation-reviews'
import { readDealSources } from './reputation-sources'
import {
  BITCOINER,
  RIVAL,
  STRANGER,
  TROUBLESHOOTER,
  signed,
  valueOf,
} from '@tests/support/nostr-fixtures'

const OFFER_A = `32768:${TROUBLESHOOTER}:of1`
const TICKET_A = `32767:${BITCOINER}:tk`
const L = ['L', 'qts/freelancing']

const ticket = (status: string, accepted?: string, createdAt = 1760000000) =>
  signed(
    'bitcoiner',
    32767,
    [['d', 'tk'], ['title', 'Help'], ['s', status], ...(accepted ? [['a', accepted, '']] : [])],
    '',
    createdAt,
  )
const offer = (who: 'troubleshooter' | 'rival', d: string, ticketA = TICKET_A) =>
  signed(who, 32768, [
    ['d', d],
    ['a', ticketA],
    ['pricing', '0'],
    ['amount', '1000'],
  ])
const ofTroubleshooter = (
  by: 'bitcoiner' | 'stranger',
  ratings: [string, string, string],
  at = 1760001000,
  offerA = OFFER_A,
) =>
  signed(
    by,
    1986,
    [
      L,
      ['l', 'freelancer', 'qts/freelancing'],
      ['rating', ratings[0], 'success'],
      ['rating', ratings[1], 'expertise'],
      ['rating', ratings[2], 'communication'],
      ['a', offerA],
    ],
    '',
    at,
  )
const ofBitcoiner = (by: 'troubleshooter' | 'rival', ratings: [string, string], at = 1760001000) =>
  signed(
    by,
    1986,
    [
      L,
      ['l', 'client', 'qts/freelancing'],
      ['rating', ratings[0], 'thumb'],
      ['rating', ratings[1], 'communication'],
      ['a', TICKET_A],
    ],
    '',
    at,
  )

const NOW = 1760100000

/** The old shape of these tests: both roles' reviews sorted out from raw events. */
const reputationOf = (
  pubkey: string,
  events: { reviews: NostrEvent[]; tickets: NostrEvent[]; offers?: NostrEvent[] },
) => {
  const deals = indexDeals(readDealSources([...events.tickets, ...(events.offers ?? [])]))
  const rep = personReputation(
    pubkey,
    { reviews: collectReviews(events.reviews, NOW), deals, payments: [] },
    NOW,
  )
  return {
    asTroubleshooter: rep.asTroubleshooter.reviews,
    asBitcoiner: rep.asBitcoiner.reviews,
  }
}

const score = (event: NostrEvent) => reviewScore(valueOf(readReview(event)))

describe('reviewScore', () => {
  it('weighs success .5, expertise .3, communication .2', () => {
    expect(score(ofTroubleshooter('bitcoiner', ['1', '1', '1']))).toBeCloseTo(1)
    expect(score(ofTroubleshooter('bitcoiner', ['1', '1', '0']))).toBeCloseTo(0.8)
    expect(score(ofTroubleshooter('bitcoiner', ['1', '0', '1']))).toBeCloseTo(0.7)
    expect(score(ofTroubleshooter('bitcoiner', ['1', '0', '0']))).toBeCloseTo(0.5)
  })
  it('weighs thumb .5, communication .5', () => {
    expect(score(ofBitcoiner('troubleshooter', ['1', '1']))).toBeCloseTo(1)
    expect(score(ofBitcoiner('troubleshooter', ['1', '0']))).toBeCloseTo(0.5)
  })
  it('scores 0 whenever the overall rating is 0, whatever the rest says', () => {
    expect(score(ofTroubleshooter('bitcoiner', ['0', '1', '1']))).toBe(0)
    expect(score(ofBitcoiner('troubleshooter', ['0', '1']))).toBe(0)
  })
})

describe('reputationOf', () => {
  const tickets = [ticket('0', undefined, 1759990000), ticket('2', OFFER_A)]
  const offers = [offer('troubleshooter', 'of1'), offer('rival', 'of2')]

  it('counts a review by the Bitcoiner whose ticket accepted the offer', () => {
    const rep = reputationOf(TROUBLESHOOTER, {
      reviews: [ofTroubleshooter('bitcoiner', ['1', '1', '0'])],
      tickets,
      offers,
    })
    expect(rep.asTroubleshooter.score).toBeCloseTo(0.8)
    expect(rep.asTroubleshooter.counted).toHaveLength(1)
    expect(rep.asTroubleshooter.unverified).toEqual([])
  })

  it('keeps a stranger’s review apart and never counts it', () => {
    const rep = reputationOf(TROUBLESHOOTER, {
      reviews: [ofTroubleshooter('stranger', ['0', '0', '0'])],
      tickets,
      offers,
    })
    expect(rep.asTroubleshooter.score).toBeUndefined()
    expect(rep.asTroubleshooter.unverified.map((u) => [u.review.author, u.reason])).toEqual([
      [STRANGER, 'stranger: only the Bitcoiner who accepted this offer can review it'],
    ])
  })

  it('does not verify a review of an offer that was never accepted', () => {
    const lost = `32768:${RIVAL}:of2`
    const rep = reputationOf(RIVAL, {
      reviews: [ofTroubleshooter('bitcoiner', ['1', '1', '1'], 1760001000, lost)],
      tickets,
      offers,
    })
    expect(rep.asTroubleshooter.score).toBeUndefined()
    expect(rep.asTroubleshooter.unverified[0]?.reason).toBe(
      'the deal was never accepted: the ticket did not accept this offer',
    )
  })

  it('uses the newest ticket version: a ticket still New verifies nothing', () => {
    const rep = reputationOf(TROUBLESHOOTER, {
      reviews: [ofTroubleshooter('bitcoiner', ['1', '1', '1'])],
      tickets: [ticket('0', undefined, 1760000000)],
    })
    expect(rep.asTroubleshooter.score).toBeUndefined()
  })

  it('counts only the newest verified review per deal', () => {
    const rep = reputationOf(TROUBLESHOOTER, {
      reviews: [
        ofTroubleshooter('bitcoiner', ['1', '1', '1'], 1760001000),
        ofTroubleshooter('bitcoiner', ['0', '0', '0'], 1760002000),
      ],
      tickets,
      offers,
    })
    expect(rep.asTroubleshooter.counted).toHaveLength(1)
    expect(rep.asTroubleshooter.score).toBe(0)
  })

  it('verifies a Bitcoiner review only from the author of the accepted offer', () => {
    const rep = reputationOf(BITCOINER, {
      reviews: [ofBitcoiner('troubleshooter', ['1', '0']), ofBitcoiner('rival', ['0', '0'])],
      tickets,
      offers,
    })
    expect(rep.asBitcoiner.score).toBeCloseTo(0.5)
    expect(rep.asBitcoiner.unverified.map((u) => u.reason)).toEqual([
      'stranger: only the troubleshooter whose offer was accepted can review this ticket',
    ])
    expect(rep.asTroubleshooter.score).toBeUndefined()
  })

  it('averages over deals and ignores unreadable events', () => {
    const ticket2 = signed('bitcoiner', 32767, [
      ['d', 'tk2'],
      ['title', 'Two'],
      ['s', '2'],
      ['a', `32768:${TROUBLESHOOTER}:of3`],
    ])
    const review2 = ofTroubleshooter(
      'bitcoiner',
      ['1', '0', '0'],
      1760003000,
      `32768:${TROUBLESHOOTER}:of3`,
    )
    const garbage = signed('bitcoiner', 1986, [['L', 'qts/freelancing']])
    const rep = reputationOf(TROUBLESHOOTER, {
      reviews: [ofTroubleshooter('bitcoiner', ['1', '1', '1']), review2, garbage],
      tickets: [...tickets, ticket2],
      offers: [...offers, offer('troubleshooter', 'of3', `32767:${BITCOINER}:tk2`)],
    })
    expect(rep.asTroubleshooter.score).toBeCloseTo(0.75)
    expect(rep.asTroubleshooter.counted).toHaveLength(2)
  })

  it('refuses a review whose offer is known to answer a different ticket', () => {
    const misfiled = offer('troubleshooter', 'of1', `32767:${BITCOINER}:elsewhere`)
    const rep = reputationOf(TROUBLESHOOTER, {
      reviews: [ofTroubleshooter('bitcoiner', ['1', '1', '1'])],
      tickets,
      offers: [misfiled],
    })
    expect(rep.asTroubleshooter.unverified[0]?.reason).toBe(
      'the reviewed offer answers a different ticket than the one that accepted it',
    )
  })
})
