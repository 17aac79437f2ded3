import { beforeEach, describe, expect, it } from 'vitest'
import { BITCOINER, TROUBLESHOOTER, signed } from '@tests/support/nostr-fixtures'
import { emptyMarketplace, useMarketplace, visibleAt } from './marketplace'
import { emptyBatch } from '@/nostr/marketplace-batch'
import { readMarketplaceEvent } from '@/nostr/marketplace-event'

const D = '8f3a2c1b9e7d6f50'
const TICKET = `32767:${BITCOINER}:${D}`
const OFFER = `32768:${TROUBLESHOOTER}:a1b2c3d4e5f60718`

const ticket = signed(
  'bitcoiner',
  32767,
  [
    ['d', D],
    ['title', 'Node stuck at 99 %'],
    ['s', '0'],
  ],
  '',
  1760000100,
)
const offer = signed(
  'troubleshooter',
  32768,
  [
    ['d', 'a1b2c3d4e5f60718'],
    ['a', TICKET],
    ['pricing', '1'],
    ['amount', '6000'],
  ],
  'Cover letter',
  1760000200,
)

/** Reads relay events into the store the way the sync does. */
const receive = (...events: Parameters<typeof readMarketplaceEvent>[0][]) => {
  const batch = emptyBatch()
  for (const event of events) readMarketplaceEvent(event, batch)
  useMarketplace.getState().applyBatch(batch)
}

const state = () => useMarketplace.getState()

describe('reading relay events into the marketplace store', () => {
  beforeEach(() => useMarketplace.setState(emptyMarketplace()))

  it('reads tickets and offers, each under its address', () => {
    receive(ticket, offer)
    expect(Object.keys(state().tickets)).toEqual([TICKET])
    expect(Object.keys(state().offers)).toEqual([OFFER])
    expect(state().tickets[TICKET]?.title).toBe('Node stuck at 99 %')
    expect(state().offers[OFFER]?.pricing).toEqual({
      kind: 'per-hour',
      satsPerHour: 6000,
      legacyPerMinute: false,
    })
  })

  it('hides a ticket its author deleted by address, not when someone else asks', () => {
    receive(ticket, signed('troubleshooter', 5, [['a', TICKET]], '', 1760000300))
    expect(visibleAt(state().tickets, TICKET, state())?.id).toBe(ticket.id)
    receive(
      signed(
        'bitcoiner',
        5,
        [
          ['a', TICKET],
          ['k', '32767'],
        ],
        '',
        1760000300,
      ),
    )
    expect(visibleAt(state().tickets, TICKET, state())).toBeUndefined()
  })

  it('does not hide a version published after the deletion', () => {
    receive(signed('bitcoiner', 5, [['a', TICKET]], '', 1760000050), ticket)
    expect(visibleAt(state().tickets, TICKET, state())?.id).toBe(ticket.id)
  })

  it('hides an offer its author deleted by event id', () => {
    receive(offer, signed('bitcoiner', 5, [['e', offer.id]], '', 1760000300))
    expect(visibleAt(state().offers, OFFER, state())).toBeDefined()
    receive(
      signed(
        'troubleshooter',
        5,
        [
          ['e', offer.id],
          ['k', '32768'],
        ],
        '',
        1760000300,
      ),
    )
    expect(visibleAt(state().offers, OFFER, state())).toBeUndefined()
  })

  it('a stranger’s later deletion by id does not bring back what the author deleted', () => {
    const byAuthor = signed('troubleshooter', 5, [['e', offer.id]], '', 1760000300)
    const byStranger = signed('bitcoiner', 5, [['e', offer.id]], '', 1760000400)
    receive(offer, byAuthor)
    receive(byStranger)
    expect(visibleAt(state().offers, OFFER, state())).toBeUndefined()
  })

  it('drops what does not read as a ticket, offer or card', () => {
    const noStatus = signed(
      'bitcoiner',
      32767,
      [
        ['d', D],
        ['title', 'No status'],
      ],
      '',
      1760000100,
    )
    const note = signed('bitcoiner', 1, [], 'hello', 1760000100)
    receive(noStatus, note)
    expect(state().tickets).toEqual({})
  })
})
