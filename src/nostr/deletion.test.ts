import { describe, expect, it } from 'vitest'
import type { Deletion } from './deletion'
import {
  addDeletions,
  deletionTargetOf,
  emptyDeletionIndex,
  isDeleted,
  makeAddressDeletion,
  makeEventDeletion,
  readDeletion,
} from './deletion'
import { BITCOINER, sign, signed, valueOf } from '@tests/support/nostr-fixtures'

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
    expect(deletes([deletion], ticket)).toBe(true)
    expect(deletes([deletion], later)).toBe(false)
    const forged = valueOf(
      readDeletion(
        sign('stranger', makeAddressDeletion({ kind: 32767, pubkey: BITCOINER, d: 'tk' }, 200)),
      ),
    )
    expect(deletes([forged], ticket)).toBe(false)
  })
})

const deletes = (deletions: Deletion[], event: Parameters<typeof deletionTargetOf>[0]) =>
  isDeleted(deletionTargetOf(event), addDeletions(emptyDeletionIndex(), deletions))

describe('deletion by id', () => {
  const AUTHOR = 'a'.repeat(64)
  const STRANGER = 'f'.repeat(64)
  const ID = '1'.repeat(64)
  const offer = { id: ID, pubkey: AUTHOR, createdAt: 100, address: `32768:${AUTHOR}:o1` }
  const byAuthor: Deletion = { pubkey: AUTHOR, createdAt: 200, addresses: [], eventIds: [ID] }
  const byStranger: Deletion = { pubkey: STRANGER, createdAt: 300, addresses: [], eventIds: [ID] }

  it('hides the event when its author deleted it', () => {
    expect(isDeleted(offer, addDeletions(emptyDeletionIndex(), [byAuthor]))).toBe(true)
  })
  it('ignores a stranger’s deletion', () => {
    expect(isDeleted(offer, addDeletions(emptyDeletionIndex(), [byStranger]))).toBe(false)
  })
  it('a stranger cannot un-delete, whichever deletion arrives first', () => {
    const index = emptyDeletionIndex()
    expect(isDeleted(offer, addDeletions(addDeletions(index, [byAuthor]), [byStranger]))).toBe(true)
    expect(isDeleted(offer, addDeletions(addDeletions(index, [byStranger]), [byAuthor]))).toBe(true)
  })
  it('a stranger cannot delete by address either', () => {
    const forged: Deletion = {
      pubkey: STRANGER,
      createdAt: 300,
      addresses: [{ kind: 32768, pubkey: AUTHOR, d: 'o1' }],
      eventIds: [],
    }
    expect(addDeletions(emptyDeletionIndex(), [forged]).byAddress).toEqual({})
  })
  it('keeps the same index when nothing new is added', () => {
    const index = addDeletions(emptyDeletionIndex(), [byAuthor])
    expect(addDeletions(index, [byAuthor])).toBe(index)
  })
})
