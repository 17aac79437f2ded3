import { describe, expect, it } from 'vitest'
import { isReview, makeBitcoinerReview, makeTroubleshooterReview, readReview } from './review'
import {
  BITCOINER,
  RIVAL,
  TROUBLESHOOTER,
  reasonOf,
  sign,
  signed,
  valueOf,
} from '@tests/support/nostr-fixtures'

const NOW = 1760000000
const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'of1' }
const OFFER_A = `32768:${TROUBLESHOOTER}:of1`
const TICKET = { kind: 32767, pubkey: BITCOINER, d: 'tk' }
const TICKET_A = `32767:${BITCOINER}:tk`

describe('makeTroubleshooterReview', () => {
  it('writes the QTS freelancer review', () => {
    const template = makeTroubleshooterReview(
      {
        offer: OFFER,
        troubleshooter: TROUBLESHOOTER,
        ratings: { success: true, expertise: true, communication: false },
        text: 'Fixed it',
      },
      NOW,
    )
    expect(template).toEqual({
      kind: 1986,
      created_at: NOW,
      content: 'Fixed it',
      tags: [
        ['L', 'qts/freelancing'],
        ['l', 'freelancer', 'qts/freelancing'],
        ['rating', '1', 'success'],
        ['rating', '1', 'expertise'],
        ['rating', '0', 'communication'],
        ['a', OFFER_A],
        ['p', TROUBLESHOOTER],
      ],
    })
  })

  it('writes every rating as 0 when the deal failed', () => {
    const template = makeTroubleshooterReview(
      {
        offer: OFFER,
        troubleshooter: TROUBLESHOOTER,
        ratings: { success: false, expertise: true, communication: true },
        text: '',
      },
      NOW,
    )
    expect(template.tags.filter((t) => t[0] === 'rating')).toEqual([
      ['rating', '0', 'success'],
      ['rating', '0', 'expertise'],
      ['rating', '0', 'communication'],
    ])
  })

  it('refuses a troubleshooter who did not write the offer', () => {
    expect(() =>
      makeTroubleshooterReview(
        {
          offer: OFFER,
          troubleshooter: RIVAL,
          ratings: { success: true, expertise: true, communication: true },
          text: '',
        },
        NOW,
      ),
    ).toThrow(/author of the reviewed offer/)
  })
})

describe('makeBitcoinerReview', () => {
  it('writes the QTS client review, thumb down zeroing communication', () => {
    const up = makeBitcoinerReview(
      {
        ticket: TICKET,
        bitcoiner: BITCOINER,
        ratings: { thumb: true, communication: true },
        text: 'Clear',
      },
      NOW,
    )
    expect(up.tags).toEqual([
      ['L', 'qts/freelancing'],
      ['l', 'client', 'qts/freelancing'],
      ['rating', '1', 'thumb'],
      ['rating', '1', 'communication'],
      ['a', TICKET_A],
      ['p', BITCOINER],
    ])
    const down = makeBitcoinerReview(
      {
        ticket: TICKET,
        bitcoiner: BITCOINER,
        ratings: { thumb: false, communication: true },
        text: '',
      },
      NOW,
    )
    expect(down.tags).toContainEqual(['rating', '0', 'communication'])
  })
})

describe('readReview', () => {
  it('reads both directions as built', () => {
    const ofTroubleshooter = sign(
      'bitcoiner',
      makeTroubleshooterReview(
        {
          offer: OFFER,
          troubleshooter: TROUBLESHOOTER,
          ratings: { success: true, expertise: false, communication: true },
          text: 'ok',
        },
        NOW,
      ),
    )
    expect(valueOf(readReview(ofTroubleshooter))).toMatchObject({
      about: 'troubleshooter',
      author: BITCOINER,
      troubleshooter: TROUBLESHOOTER,
      reviewed: OFFER,
      ratings: { success: true, expertise: false, communication: true },
      namespace: 'qts/freelancing',
      text: 'ok',
    })
    const ofBitcoiner = sign(
      'troubleshooter',
      makeBitcoinerReview(
        {
          ticket: TICKET,
          bitcoiner: BITCOINER,
          ratings: { thumb: true, communication: false },
          text: '',
        },
        NOW,
      ),
    )
    expect(valueOf(readReview(ofBitcoiner))).toMatchObject({
      about: 'bitcoiner',
      author: TROUBLESHOOTER,
      bitcoiner: BITCOINER,
      reviewed: TICKET,
      ratings: { thumb: true, communication: false },
    })
    expect(isReview(ofBitcoiner)).toBe(true)
  })

  it('reads the original app namespace qts/troubleshooting', () => {
    const legacy = signed('bitcoiner', 1986, [
      ['L', 'qts/troubleshooting'],
      ['l', 'troubleshooter', 'qts/troubleshooting'],
      ['rating', '1', 'success'],
      ['rating', '1', 'expertise'],
      ['rating', '1', 'communication'],
      ['a', OFFER_A],
    ])
    expect(valueOf(readReview(legacy))).toMatchObject({
      about: 'troubleshooter',
      namespace: 'qts/troubleshooting',
      troubleshooter: TROUBLESHOOTER,
    })
    const legacyClient = signed('troubleshooter', 1986, [
      ['L', 'qts/troubleshooting'],
      ['l', 'client', 'qts/troubleshooting'],
      ['rating', '0', 'thumb'],
      ['a', TICKET_A],
    ])
    expect(valueOf(readReview(legacyClient))).toMatchObject({
      about: 'bitcoiner',
      ratings: { thumb: false, communication: false },
    })
  })

  it('reads a SatShoot review exactly as SatShoot writes it (no p, extra availability label)', () => {
    const satshoot = signed('bitcoiner', 1986, [
      ['L', 'qts/freelancing'],
      ['l', 'freelancer', 'qts/freelancing'],
      ['rating', '1', 'success'],
      ['rating', '0', 'expertise'],
      ['rating', '1', 'availability'],
      ['rating', '1', 'communication'],
      ['a', OFFER_A],
    ])
    expect(valueOf(readReview(satshoot)).ratings).toEqual({
      success: true,
      expertise: false,
      communication: true,
    })
  })

  it('reads old SatShoot weights ("0.5") as yes and zeroes everything after a failed deal', () => {
    const weighted = signed('bitcoiner', 1986, [
      ['L', 'qts/freelancing'],
      ['l', 'freelancer', 'qts/freelancing'],
      ['rating', '0.5', 'success'],
      ['rating', '0.2', 'expertise'],
      ['a', OFFER_A],
    ])
    expect(valueOf(readReview(weighted)).ratings).toEqual({
      success: true,
      expertise: true,
      communication: false,
    })
    const failed = signed('bitcoiner', 1986, [
      ['L', 'qts/freelancing'],
      ['l', 'freelancer', 'qts/freelancing'],
      ['rating', '0', 'success'],
      ['rating', '1', 'expertise'],
      ['rating', '1', 'communication'],
      ['a', OFFER_A],
    ])
    expect(valueOf(readReview(failed)).ratings).toEqual({
      success: false,
      expertise: false,
      communication: false,
    })
  })

  const L = ['L', 'qts/freelancing']
  const freelancer = ['l', 'freelancer', 'qts/freelancing']
  it.each([
    [
      'wrong kind',
      1985,
      [L, freelancer, ['rating', '1', 'success'], ['a', OFFER_A]],
      /kind 1985, not a label/,
    ],
    [
      'another namespace',
      1986,
      [
        ['L', 'ugc'],
        ['l', 'freelancer', 'ugc'],
        ['rating', '1', 'success'],
        ['a', OFFER_A],
      ],
      /not a QTS review/,
    ],
    [
      'unknown label',
      1986,
      [L, ['l', 'boss', 'qts/freelancing'], ['rating', '1', 'success'], ['a', OFFER_A]],
      /not a QTS review/,
    ],
    ['no a tag', 1986, [L, freelancer, ['rating', '1', 'success']], /no a tag/],
    [
      'freelancer review of a ticket',
      1986,
      [L, freelancer, ['rating', '1', 'success'], ['a', TICKET_A]],
      /wrong direction: .* names a ticket \(32767\)/,
    ],
    [
      'freelancer review of a SatShoot order',
      1986,
      [L, freelancer, ['rating', '1', 'success'], ['a', `32766:${TROUBLESHOOTER}:order`]],
      /wrong direction: .* names an order \(32766\)/,
    ],
    [
      'client review of a card',
      1986,
      [L, ['l', 'client', 'qts/freelancing'], ['rating', '1', 'thumb'], ['a', `32765:${RIVAL}:c`]],
      /wrong direction: .* names a card \(32765\)/,
    ],
    [
      'client review of an offer',
      1986,
      [L, ['l', 'client', 'qts/freelancing'], ['rating', '1', 'thumb'], ['a', OFFER_A]],
      /wrong direction: a review of a Bitcoiner names their ticket or order, this one names an offer/,
    ],
    [
      'no success rating',
      1986,
      [L, freelancer, ['rating', '1', 'expertise'], ['a', OFFER_A]],
      /no success rating/,
    ],
    [
      'no thumb rating',
      1986,
      [L, ['l', 'client', 'qts/freelancing'], ['a', `32767:${RIVAL}:tk`]],
      /no thumb rating/,
    ],
    [
      'a word as rating',
      1986,
      [L, freelancer, ['rating', 'great', 'success'], ['a', OFFER_A]],
      /success rating "great" is not a number/,
    ],
    [
      'p naming someone else',
      1986,
      [L, freelancer, ['rating', '1', 'success'], ['a', OFFER_A], ['p', RIVAL]],
      /someone other than the reviewed/,
    ],
    [
      'malformed a pubkey',
      1986,
      [L, freelancer, ['rating', '1', 'success'], ['a', '32768:xyz:of1']],
      /malformed pubkey/,
    ],
  ] as const)('rejects %s', (_name, kind, tags, reason) => {
    expect(
      reasonOf(
        readReview(
          signed(
            'bitcoiner',
            kind,
            tags.map((t) => [...t]),
          ),
        ),
      ),
    ).toMatch(reason)
  })

  it('rejects a review of oneself', () => {
    const self = signed('troubleshooter', 1986, [
      L,
      freelancer,
      ['rating', '1', 'success'],
      ['a', OFFER_A],
    ])
    expect(reasonOf(readReview(self))).toMatch(/reviews themselves/)
  })
})
