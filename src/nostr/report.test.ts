import { describe, expect, it } from 'vitest'
import { makePersonReport, makeReport } from './report'
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

describe('makePersonReport', () => {
  it('sends a scam as NIP-56 other, says so in the content and labels it', () => {
    expect(
      makePersonReport({ pubkey: RIVAL, ground: 'scam', text: ' Asked for my seed words ' }, 5),
    ).toEqual({
      kind: 1984,
      created_at: 5,
      tags: [
        ['p', RIVAL, 'other'],
        ['L', 'bitcoin-troubleshoot/report'],
        ['l', 'scam', 'bitcoin-troubleshoot/report'],
      ],
      content: 'Scam: Asked for my seed words',
    })
    expect(makePersonReport({ pubkey: RIVAL, ground: 'scam' }, 5).content).toBe('Scam')
  })
  it('sends spam and impersonation as their NIP-56 types, text as written', () => {
    expect(
      makePersonReport({ pubkey: RIVAL, ground: 'spam', text: 'same offer 40 times' }, 5),
    ).toEqual({
      kind: 1984,
      created_at: 5,
      tags: [['p', RIVAL, 'spam']],
      content: 'same offer 40 times',
    })
    expect(makePersonReport({ pubkey: RIVAL, ground: 'impersonation' }, 5).tags).toEqual([
      ['p', RIVAL, 'impersonation'],
    ])
  })
})
