import { describe, expect, it } from 'vitest'
import { isDeletedBy, makeAddressDeletion, makeEventDeletion, readDeletion } from './deletion'
import { BITCOINER, sign, signed, valueOf } from './test-fixtures'

describe('NIP-09 deletions', () => {
  it('withdraws a ticket by address', () => {
    expect(
      makeAddressDeletion(
        { kind: 32767, pubkey: BITCOINER, d: 'tk' },
        1760000000,
        'solved elsewhere',
      ),
    ).toEqual({
      kind: 5,
      created_at: 1760000000,
      tags: [
        ['a', `32767:${BITCOINER}:tk`],
        ['k', '32767'],
      ],
      content: 'solved elsewhere',
    })
  })
  it('deletes one event by id', () => {
    expect(makeEventDeletion({ id: 'c'.repeat(64), kind: 1986 }, 1).tags).toEqual([
      ['e', 'c'.repeat(64)],
      ['k', '1986'],
    ])
  })
  it('applies only to the author’s versions up to the deletion time', () => {
    const ticket = signed(
      'bitcoiner',
      32767,
      [
        ['d', 'tk'],
        ['title', 'x'],
        ['s', '0'],
      ],
      '',
      100,
    )
    const later = signed(
      'bitcoiner',
      32767,
      [
        ['d', 'tk'],
        ['title', 'x'],
        ['s', '0'],
      ],
      '',
      300,
    )
    const deletion = valueOf(
      readDeletion(
        sign('bitcoiner', makeAddressDeletion({ kind: 32767, pubkey: BITCOINER, d: 'tk' }, 200)),
      ),
    )
    expect(isDeletedBy(ticket, deletion)).toBe(true)
    expect(isDeletedBy(later, deletion)).toBe(false)
    const forged = valueOf(
      readDeletion(
        sign('stranger', makeAddressDeletion({ kind: 32767, pubkey: BITCOINER, d: 'tk' }, 200)),
      ),
    )
    expect(isDeletedBy(ticket, forged)).toBe(false)
  })
})
