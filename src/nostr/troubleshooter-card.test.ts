import { describe, expect, it } from 'vitest'
import {
  editTroubleshooterCard,
  makeTroubleshooterCard,
  readTroubleshooterCard,
} from './troubleshooter-card'
import { TROUBLESHOOTER, reasonOf, sign, signed, valueOf } from '@tests/support/nostr-fixtures'

const NOW = 1760000000

describe('makeTroubleshooterCard', () => {
  it('writes the card tags', () => {
    const template = makeTroubleshooterCard(
      {
        d: 'card',
        title: 'Node whisperer',
        topics: ['Umbrel', 'start9'],
        pricing: { kind: 'per-minute', satsPerMinute: 30 },
        available: true,
        about: 'Ten years of nodes',
      },
      NOW,
    )
    expect(template).toEqual({
      kind: 32765,
      created_at: NOW,
      content: 'Ten years of nodes',
      tags: [
        ['d', 'card'],
        ['title', 'Node whisperer'],
        ['t', 'umbrel'],
        ['t', 'start9'],
        ['pricing', '1'],
        ['amount', '1800'],
        ['s', '1'],
        ['state_history', '-1', '1', String(NOW)],
        ['published_at', String(NOW)],
        ['alt', 'Bitcoin Troubleshoot troubleshooter: Node whisperer'],
      ],
    })
    expect(valueOf(readTroubleshooterCard(sign('troubleshooter', template)))).toMatchObject({
      pubkey: TROUBLESHOOTER,
      address: { kind: 32765, pubkey: TROUBLESHOOTER, d: 'card' },
      title: 'Node whisperer',
      topics: ['umbrel', 'start9'],
      pricing: { kind: 'per-hour', satsPerHour: 1800, legacyPerMinute: false },
      available: true,
      availabilityHistory: [{ from: null, to: true, at: NOW }],
      about: 'Ten years of nodes',
    })
  })
})

describe('readTroubleshooterCard', () => {
  const base = [
    ['d', 'c'],
    ['title', 'Helper'],
    ['pricing', '0'],
    ['amount', '5000'],
    ['s', '1'],
  ]
  const without = (name: string) => base.filter((t) => t[0] !== name)
  it.each([
    ['wrong kind', 32768, base, /not a troubleshooter card/],
    ['missing d', 32765, without('d'), /no d identifier/],
    ['missing title', 32765, without('title'), /no title/],
    ['bad status', 32765, [...without('s'), ['s', 'yes']], /"yes" is neither 0 nor 1/],
    ['missing pricing', 32765, without('pricing'), /no pricing tag/],
    [
      'negative amount',
      32765,
      [...without('amount'), ['amount', '-1']],
      /not a non-negative number/,
    ],
  ] as const)('rejects %s', (_name, kind, tags, reason) => {
    expect(
      reasonOf(
        readTroubleshooterCard(
          signed(
            'troubleshooter',
            kind,
            tags.map((t) => [...t]),
          ),
        ),
      ),
    ).toMatch(reason)
  })

  it('reads a SatShoot service: images (http only), percentage zaps, legacy per-minute price', () => {
    const service = signed(
      'troubleshooter',
      32765,
      [
        ['d', 'svc1'],
        ['published_at', '1740000000'],
        ['title', 'Lightning node setup'],
        ['t', 'lightning'],
        ['image', 'https://img.example/node.png'],
        ['image', 'javascript:alert(1)'],
        ['pricing', '1'],
        ['amount', '10'],
        ['s', '0'],
        ['state_history', '-1', '1', '1740000000'],
        ['state_history', '1', '0', '1745000000'],
        ['zap', TROUBLESHOOTER, 'wss://relay.example', '96'],
        ['a', `32766:${TROUBLESHOOTER}:order`, '1741000000'],
      ],
      'I set up nodes',
      1745000000,
    )
    expect(valueOf(readTroubleshooterCard(service))).toMatchObject({
      available: false,
      images: ['https://img.example/node.png'],
      pricing: { kind: 'per-hour', satsPerHour: 600, legacyPerMinute: true },
      availabilityHistory: [
        { from: null, to: true, at: 1740000000 },
        { from: true, to: false, at: 1745000000 },
      ],
      zapSplits: [{ pubkey: TROUBLESHOOTER, relay: 'wss://relay.example', share: 1 }],
    })
  })
})

describe('editTroubleshooterCard', () => {
  const original = sign(
    'troubleshooter',
    makeTroubleshooterCard(
      {
        d: 'card',
        title: 'Helper',
        topics: ['ledger'],
        pricing: { kind: 'fixed', sats: 5000 },
        available: true,
        about: 'a',
      },
      NOW,
    ),
  )
  it('records availability and price changes and keeps unknown tags', () => {
    const withImage = sign('troubleshooter', {
      ...original,
      tags: [...original.tags, ['image', 'https://i.example/x.png']],
    })
    const edit = valueOf(
      editTroubleshooterCard(
        withImage,
        { available: false, pricing: { kind: 'fixed', sats: 6000 } },
        NOW + 10,
      ),
    )
    expect(edit.tags).toEqual([
      ['d', 'card'],
      ['title', 'Helper'],
      ['t', 'ledger'],
      ['pricing', '0'],
      ['amount', '6000'],
      ['s', '0'],
      ['state_history', '-1', '1', String(NOW)],
      ['published_at', String(NOW)],
      ['alt', 'Bitcoin Troubleshoot troubleshooter: Helper'],
      ['image', 'https://i.example/x.png'],
      ['state_history', '1', '0', String(NOW + 10)],
      [
        'pricing_history',
        '{"pricing":0,"amount":5000}',
        '{"pricing":0,"amount":6000}',
        String(NOW + 10),
      ],
    ])
  })
  it('does not add history when nothing changed', () => {
    const edit = valueOf(
      editTroubleshooterCard(original, { available: true, about: 'b' }, NOW + 10),
    )
    expect(edit.tags).toEqual(original.tags)
    expect(edit.content).toBe('b')
  })
})
