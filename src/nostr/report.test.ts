import { describe, expect, it } from 'vitest'
import { makeReport } from './report'
import { RIVAL } from '@tests/support/nostr-fixtures'

describe('makeReport', () => {
  it('reports a person', () => {
    expect(makeReport({ pubkey: RIVAL, reason: 'impersonation' }, 1760000000)).toEqual({
      kind: 1984,
      created_at: 1760000000,
      tags: [['p', RIVAL, 'impersonation']],
      content: '',
    })
  })
  it('reports one of their events', () => {
    const id = 'f'.repeat(64)
    expect(
      makeReport({ pubkey: RIVAL, reason: 'spam', eventId: id, text: 'fake offers' }, 1).tags,
    ).toEqual([
      ['p', RIVAL, 'spam'],
      ['e', id, 'spam'],
    ])
  })
  it('refuses a malformed pubkey', () => {
    expect(() => makeReport({ pubkey: 'npub1', reason: 'other' }, 1)).toThrow(/64-hex/)
  })
})
