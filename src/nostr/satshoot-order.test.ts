import { describe, expect, it } from 'vitest'
import { readCardOrders, readSatShootOrder } from './satshoot-order'
import { BITCOINER, TROUBLESHOOTER, reasonOf, signed, valueOf } from '@tests/support/nostr-fixtures'

const CARD = `32765:${TROUBLESHOOTER}:svc`

describe('readSatShootOrder', () => {
  it('reads an order as SatShoot writes it', () => {
    const order = signed('bitcoiner', 32766, [
      ['d', 'ord1'],
      ['s', '0'],
      ['pricing', '0'],
      ['amount', '20000'],
      ['published_at', '1760000000'],
      ['a', CARD],
      ['zap', 'a'.repeat(64), 'wss://relay.example.com', '500'],
      ['zap', TROUBLESHOOTER, 'wss://relay.example.com', '9500'],
    ])
    expect(valueOf(readSatShootOrder(order))).toEqual({
      id: order.id,
      pubkey: BITCOINER,
      d: 'ord1',
      address: { kind: 32766, pubkey: BITCOINER, d: 'ord1' },
      service: { kind: 32765, pubkey: TROUBLESHOOTER, d: 'svc' },
      status: 'open',
      createdAt: 1760000000,
    })
  })

  it.each([
    [
      'no status',
      [
        ['d', 'o'],
        ['a', CARD],
      ],
      /status/,
    ],
    [
      'a status 3',
      [
        ['d', 'o'],
        ['s', '3'],
        ['a', CARD],
      ],
      /status/,
    ],
    [
      'no card',
      [
        ['d', 'o'],
        ['s', '1'],
      ],
      /names no card/,
    ],
    [
      'a ticket in place of a card',
      [
        ['d', 'o'],
        ['s', '1'],
        ['a', `32767:${TROUBLESHOOTER}:t`],
      ],
      /not a card/,
    ],
  ])('rejects %s', (_name, tags, reason) => {
    expect(reasonOf(readSatShootOrder(signed('bitcoiner', 32766, tags)))).toMatch(reason)
  })

  it('rejects ordering one’s own card', () => {
    const own = signed('troubleshooter', 32766, [
      ['d', 'o'],
      ['s', '1'],
      ['a', CARD],
    ])
    expect(reasonOf(readSatShootOrder(own))).toMatch(/own card/)
  })
})

describe('readCardOrders', () => {
  it('lists the orders a card accepted, ignoring other a tags', () => {
    const card = signed('troubleshooter', 32765, [
      ['d', 'svc'],
      ['title', 'Help'],
      ['a', `32766:${BITCOINER}:ord1`, '1760000000'],
      ['a', `32767:${BITCOINER}:tk`],
      ['a', 'garbage'],
    ])
    expect(valueOf(readCardOrders(card)).orders).toEqual([
      { kind: 32766, pubkey: BITCOINER, d: 'ord1' },
    ])
  })
})
