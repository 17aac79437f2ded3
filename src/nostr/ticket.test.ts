import { describe, expect, it } from 'vitest'
import { editTicket, isTicket, makeTicket, readTicket } from './ticket'
import {
  BITCOINER,
  RIVAL,
  TROUBLESHOOTER,
  pub,
  reasonOf,
  sign,
  signed,
  valueOf,
} from '@tests/support/nostr-fixtures'

const NOW = 1760000000
const OFFER = `32768:${TROUBLESHOOTER}:offer-1`

describe('makeTicket', () => {
  it('writes every protocol tag of a new ticket', () => {
    const template = makeTicket(
      {
        d: '8f3a2c1b9e7d6f50',
        title: 'Coldcard will not sign my PSBT',
        description: 'Sparrow says **invalid**.',
        topics: ['Coldcard', 'psbt', 'coldcard', 'Stuck TX!'],
        budget: 20000,
        troubleshooter: TROUBLESHOOTER,
      },
      NOW,
    )
    expect(template).toEqual({
      kind: 32767,
      created_at: NOW,
      content: 'Sparrow says **invalid**.',
      tags: [
        ['d', '8f3a2c1b9e7d6f50'],
        ['title', 'Coldcard will not sign my PSBT'],
        ['t', 'coldcard'],
        ['t', 'psbt'],
        ['t', 'stuck-tx'],
        ['s', '0'],
        ['state_history', '-1', '0', String(NOW)],
        ['published_at', String(NOW)],
        ['p', TROUBLESHOOTER],
        ['budget', '20000'],
        ['alt', 'Bitcoin Troubleshoot ticket: Coldcard will not sign my PSBT'],
      ],
    })
  })

  it('keeps at most five topics and refuses an empty or too long title', () => {
    const many = makeTicket(
      { d: 'x1', title: 't', description: '', topics: ['a', 'b', 'c', 'd', 'e', 'f'] },
      NOW,
    )
    expect(many.tags.filter((t) => t[0] === 't')).toHaveLength(5)
    expect(() => makeTicket({ d: 'x', title: '  ', description: '', topics: [] }, NOW)).toThrow(
      /title/,
    )
    expect(() =>
      makeTicket({ d: 'x', title: 'x'.repeat(141), description: '', topics: [] }, NOW),
    ).toThrow(/140/)
  })

  it('round-trips through a signed event', () => {
    const event = sign(
      'bitcoiner',
      makeTicket({ d: 'abc', title: 'Umbrel stuck', description: 'help', topics: ['umbrel'] }, NOW),
    )
    const ticket = valueOf(readTicket(event))
    expect(ticket).toMatchObject({
      pubkey: pub('bitcoiner'),
      d: 'abc',
      address: { kind: 32767, pubkey: BITCOINER, d: 'abc' },
      title: 'Umbrel stuck',
      description: 'help',
      topics: ['umbrel'],
      status: 'new',
      stateHistory: [{ from: null, to: 'new', at: NOW }],
      publishedAt: NOW,
      warnings: [],
    })
    expect(ticket.acceptedOffer).toBeUndefined()
    expect(isTicket(event)).toBe(true)
  })
})

describe('readTicket rejections', () => {
  const base = [
    ['d', 'abc'],
    ['title', 'Help'],
    ['s', '0'],
  ]
  const without = (name: string) => base.filter((t) => t[0] !== name)
  const cases: [string, number, string[][], RegExp][] = [
    ['wrong kind', 32768, base, /kind 32768, not a ticket/],
    ['missing d', 32767, without('d'), /no d identifier/],
    [
      'empty d',
      32767,
      [
        ['d', ''],
        ['title', 'Help'],
        ['s', '0'],
      ],
      /no d identifier/,
    ],
    ['missing title', 32767, without('title'), /no title/],
    [
      'blank title',
      32767,
      [
        ['d', 'abc'],
        ['title', '   '],
        ['s', '0'],
      ],
      /no title/,
    ],
    ['missing status', 32767, without('s'), /no status/],
    ['bad status', 32767, [...without('s'), ['s', '4']], /status "4" is not 0, 1, 2 or 3/],
    [
      'malformed p',
      32767,
      [...base, ['p', BITCOINER.toUpperCase()]],
      /p tag .* is not a 64-hex pubkey/,
    ],
    ['negative budget', 32767, [...base, ['budget', '-5']], /budget "-5" is not a whole number/],
    ['text budget', 32767, [...base, ['budget', 'lots']], /budget "lots"/],
    [
      'a tag to a card',
      32767,
      [...without('s'), ['s', '1'], ['a', `32765:${TROUBLESHOOTER}:card`]],
      /kind 32765, not an offer/,
    ],
    [
      'a tag with bad pubkey',
      32767,
      [...without('s'), ['s', '1'], ['a', '32768:abc:offer']],
      /malformed pubkey/,
    ],
    [
      'in progress without a',
      32767,
      [...without('s'), ['s', '1']],
      /In progress but names no accepted offer/,
    ],
  ]
  it.each(cases)('rejects %s', (_name, kind, tags, reason) => {
    expect(reasonOf(readTicket(signed('bitcoiner', kind, tags)))).toMatch(reason)
  })

  it('never throws on garbage', () => {
    const garbage = [
      null,
      1,
      {},
      { kind: 32767, tags: 'x' },
      { kind: 32767, tags: [[1]], pubkey: BITCOINER },
    ]
    for (const value of garbage) {
      expect(readTicket(value as never).ok).toBe(false)
    }
  })

  it('reads a New ticket that names an offer as New without it, with a warning', () => {
    const ticket = valueOf(readTicket(signed('bitcoiner', 32767, [...base, ['a', OFFER, '']])))
    expect(ticket.acceptedOffer).toBeUndefined()
    expect(ticket.warnings).toEqual(['it is New but names an accepted offer; the offer is ignored'])
  })
})

describe('SatShoot jobs', () => {
  // Exactly as SatShoot's JobEvent writes them: acceptance timestamp in the a tag's third slot,
  // and its accept setter's ["state_history","1","1",ts] quirk.
  const job = signed(
    'bitcoiner',
    32767,
    [
      ['d', 'sLd9tqGw3Dn8'],
      ['title', 'Need help with Sparrow and Trezor'],
      ['t', 'sparrow'],
      ['t', 'Trezor'],
      ['published_at', '1752000000'],
      ['s', '1'],
      ['state_history', '-1', '0', '1752000000'],
      ['a', `32768:${TROUBLESHOOTER}:bid-77`, '1752100000'],
      ['state_history', '1', '1', '1752100000'],
    ],
    'My Trezor is not recognised',
    1752100000,
  )

  it('reads the accepted bid and ignores the timestamp as a relay hint', () => {
    const ticket = valueOf(readTicket(job))
    expect(ticket.status).toBe('in-progress')
    expect(ticket.acceptedOffer).toEqual({ kind: 32768, pubkey: TROUBLESHOOTER, d: 'bid-77' })
    expect(ticket.troubleshooter).toBe(TROUBLESHOOTER)
    expect(ticket.topics).toEqual(['sparrow', 'trezor'])
    expect(ticket.publishedAt).toBe(1752000000)
    expect(ticket.stateHistory.map((h) => [h.from, h.to])).toEqual([
      [null, 'new'],
      ['in-progress', 'in-progress'],
    ])
  })

  it('falls back to created_at when published_at is missing', () => {
    const old = signed(
      'bitcoiner',
      32767,
      [
        ['d', 'old'],
        ['title', 'Old job'],
        ['s', '0'],
      ],
      '',
      1700000000,
    )
    expect(valueOf(readTicket(old)).publishedAt).toBe(1700000000)
  })
})

describe('editTicket', () => {
  const original = sign(
    'bitcoiner',
    makeTicket(
      {
        d: 'abc',
        title: 'Old title',
        description: 'old',
        topics: ['ledger'],
        troubleshooter: RIVAL,
      },
      NOW,
    ),
  )
  const withUnknown = sign('bitcoiner', {
    ...original,
    tags: [...original.tags, ['client', 'satshoot'], ['image', 'https://x.example/a.png']],
  })

  it('changes what was asked, keeps d, published_at, history and unknown tags', () => {
    const edit = valueOf(
      editTicket(withUnknown, { title: 'New title', topics: ['trezor'], budget: 5000 }, NOW + 100),
    )
    expect(edit.created_at).toBe(NOW + 100)
    expect(edit.content).toBe('old')
    expect(edit.tags).toEqual([
      ['d', 'abc'],
      ['title', 'New title'],
      ['t', 'trezor'],
      ['s', '0'],
      ['state_history', '-1', '0', String(NOW)],
      ['published_at', String(NOW)],
      ['p', RIVAL],
      ['alt', 'Bitcoin Troubleshoot ticket: New title'],
      ['client', 'satshoot'],
      ['image', 'https://x.example/a.png'],
      ['budget', '5000'],
    ])
  })

  it('adds published_at from created_at when an old event had none, and removes a budget', () => {
    const old = signed(
      'bitcoiner',
      32767,
      [
        ['d', 'o'],
        ['title', 'T'],
        ['s', '0'],
        ['budget', '9'],
      ],
      'x',
      1700000000,
    )
    const edit = valueOf(editTicket(old, { budget: null, description: 'new body' }, NOW))
    expect(edit.tags).toEqual([
      ['d', 'o'],
      ['title', 'T'],
      ['s', '0'],
      ['published_at', '1700000000'],
    ])
    expect(edit.content).toBe('new body')
  })

  it('is always newer than the event it replaces, even with a clock behind', () => {
    expect(valueOf(editTicket(original, { description: 'y' }, NOW - 50)).created_at).toBe(NOW + 1)
  })

  it('refuses an unreadable ticket and a bad title', () => {
    expect(reasonOf(editTicket(signed('bitcoiner', 32767, [['d', 'x']]), {}, NOW))).toMatch(
      /cannot be edited: it has no title/,
    )
    expect(reasonOf(editTicket(original, { title: '' }, NOW))).toMatch(/needs a title/)
  })
})

describe('readTicket with SatShoot topic spellings', () => {
  it('files them under the vocabulary slugs, so filters and the self-custody view find them', () => {
    const event = signed('bitcoiner', 32767, [
      ['d', 'satshoot-job'],
      ['title', 'Node will not sync'],
      ['t', 'bitcoin_core'],
      ['t', 'hardware_wallet'],
      ['t', 'web_design'],
      ['s', '0'],
    ])
    const read = readTicket(event)
    expect(read.ok && read.value.topics).toEqual(['bitcoin-core', 'hardware-wallet', 'web_design'])
  })
})
