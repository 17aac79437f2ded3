import { describe, expect, it } from 'vitest'
import { makeTicket, readTicket } from './ticket'
import type { TicketStatus } from './ticket-state'
import { canTransition, transitionTicket } from './ticket-state'
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
const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'offer-1' }
const fresh = sign(
  'bitcoiner',
  makeTicket(
    {
      d: 'tk',
      title: 'Jade PIN lost',
      description: 'help',
      topics: ['jade'],
      troubleshooter: RIVAL,
    },
    NOW,
  ),
)

const moveTo = (
  previous: typeof fresh,
  to: TicketStatus,
  at: number,
  offer?: typeof OFFER | string,
) => sign('bitcoiner', valueOf(transitionTicket(previous, to, at, offer)))

describe('canTransition', () => {
  it('allows exactly the protocol moves', () => {
    const all: TicketStatus[] = ['new', 'in-progress', 'resolved', 'failed']
    const legal = all.flatMap((from) =>
      all.filter((to) => canTransition(from, to)).map((to) => `${from}>${to}`),
    )
    expect(legal).toEqual([
      'new>in-progress',
      'new>resolved',
      'new>failed',
      'in-progress>resolved',
      'in-progress>failed',
    ])
  })
})

describe('transitionTicket', () => {
  it('accepts an offer: a tag, winner p, s 1 and an appended state_history', () => {
    const template = valueOf(transitionTicket(fresh, 'in-progress', NOW + 60, OFFER))
    expect(template.tags).toEqual([
      ['d', 'tk'],
      ['title', 'Jade PIN lost'],
      ['t', 'jade'],
      ['s', '1'],
      ['state_history', '-1', '0', String(NOW)],
      ['published_at', String(NOW)],
      ['p', TROUBLESHOOTER],
      ['alt', 'Bitcoin Troubleshoot ticket: Jade PIN lost'],
      ['a', `32768:${TROUBLESHOOTER}:offer-1`, ''],
      ['state_history', '0', '1', String(NOW + 60)],
    ])
    expect(template.content).toBe('help')
    const ticket = valueOf(readTicket(sign('bitcoiner', template)))
    expect(ticket.status).toBe('in-progress')
    expect(ticket.acceptedOffer).toEqual(OFFER)
  })

  it('takes the offer address as a string with a relay hint kept in the a tag', () => {
    const relayed = valueOf(
      transitionTicket(fresh, 'in-progress', NOW + 1, {
        ...OFFER,
        relay: 'wss://Relay.Example.com/',
      }),
    )
    expect(relayed.tags).toContainEqual([
      'a',
      `32768:${TROUBLESHOOTER}:offer-1`,
      'wss://relay.example.com',
    ])
    const fromString = valueOf(
      transitionTicket(fresh, 'in-progress', NOW + 1, `32768:${TROUBLESHOOTER}:offer-1`),
    )
    expect(fromString.tags).toContainEqual(['a', `32768:${TROUBLESHOOTER}:offer-1`, ''])
  })

  it('resolves an In progress ticket and keeps the accepted offer', () => {
    const inProgress = moveTo(fresh, 'in-progress', NOW + 60, OFFER)
    const resolved = valueOf(readTicket(moveTo(inProgress, 'resolved', NOW + 120)))
    expect(resolved.status).toBe('resolved')
    expect(resolved.acceptedOffer).toEqual(OFFER)
    expect(resolved.publishedAt).toBe(NOW)
    expect(resolved.stateHistory.map((h) => [h.from, h.to, h.at])).toEqual([
      [null, 'new', NOW],
      ['new', 'in-progress', NOW + 60],
      ['in-progress', 'resolved', NOW + 120],
    ])
  })

  it('closes a New ticket without help', () => {
    const failed = valueOf(readTicket(moveTo(fresh, 'failed', NOW + 5)))
    expect(failed.status).toBe('failed')
    expect(failed.acceptedOffer).toBeUndefined()
  })

  it.each([
    ['New → New', 'new', undefined, /a New ticket cannot become New/],
    ['accepting without an offer', 'in-progress', undefined, /needs the address of the offer/],
    [
      'accepting a ticket address',
      'in-progress',
      `32767:${TROUBLESHOOTER}:x`,
      /is not an offer \(32768\)/,
    ],
    ['accepting garbage', 'in-progress', 'not-an-address', /unreadable/],
    ['accepting your own offer', 'in-progress', `32768:${BITCOINER}:mine`, /your own offer/],
    ['resolving with an offer', 'resolved', OFFER, /does not/],
  ] as const)('refuses %s', (_name, to, offer, reason) => {
    expect(reasonOf(transitionTicket(fresh, to, NOW + 1, offer))).toMatch(reason)
  })

  it('refuses to leave Resolved or Failed, and to re-accept', () => {
    const inProgress = moveTo(fresh, 'in-progress', NOW + 60, OFFER)
    expect(reasonOf(transitionTicket(inProgress, 'in-progress', NOW + 61, OFFER))).toMatch(
      /In progress ticket cannot become In progress/,
    )
    expect(reasonOf(transitionTicket(inProgress, 'new', NOW + 61))).toMatch(/cannot become New/)
    const resolved = moveTo(inProgress, 'resolved', NOW + 62)
    expect(reasonOf(transitionTicket(resolved, 'failed', NOW + 63))).toMatch(
      /a Resolved ticket cannot become Failed/,
    )
    const failed = moveTo(fresh, 'failed', NOW + 2)
    expect(reasonOf(transitionTicket(failed, 'in-progress', NOW + 3, OFFER))).toMatch(
      /a Failed ticket cannot become In progress/,
    )
  })

  it('refuses to move a ticket it cannot read', () => {
    expect(
      reasonOf(
        transitionTicket(
          signed('bitcoiner', 32767, [
            ['title', 'x'],
            ['s', '0'],
          ]),
          'failed',
          NOW,
        ),
      ),
    ).toMatch(/cannot change state: it has no d identifier/)
  })
})
