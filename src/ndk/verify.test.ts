import { describe, expect, it } from 'vitest'
import { BITCOINER, sign } from '@tests/support/nostr-fixtures'
import { toVerifiedEvent } from './verify'

const ticket = sign('bitcoiner', {
  kind: 32767,
  created_at: 1760000000,
  tags: [
    ['d', 'a1b2c3d4e5f60718'],
    ['title', 'Ledger will not sign a PSBT'],
  ],
  content: 'My Ledger says the transaction is invalid.',
})

describe('toVerifiedEvent', () => {
  it('passes a correctly signed event as a plain copy', () => {
    const event = toVerifiedEvent(ticket)
    expect(event).toEqual({
      id: ticket.id,
      pubkey: BITCOINER,
      sig: ticket.sig,
      kind: 32767,
      created_at: 1760000000,
      tags: [
        ['d', 'a1b2c3d4e5f60718'],
        ['title', 'Ledger will not sign a PSBT'],
      ],
      content: 'My Ledger says the transaction is invalid.',
    })
    expect(Object.getOwnPropertySymbols(event)).toEqual([])
  })

  it('drops a tampered copy even though it carries the original\'s "verified" mark', () => {
    // the spread copies nostr-tools' verified symbol: a naive verifyEvent would trust it
    const forged = { ...ticket, content: 'Send your seed words to support@scam.example' }
    expect(toVerifiedEvent(forged)).toBeUndefined()
  })

  it('drops an event whose tags were changed after signing', () => {
    const forged = { ...ticket, tags: [...ticket.tags, ['p', BITCOINER]] }
    expect(toVerifiedEvent(forged)).toBeUndefined()
  })

  it('drops a copy with a known id and a zeroed signature', () => {
    expect(toVerifiedEvent({ ...ticket, sig: '0'.repeat(128) })).toBeUndefined()
  })

  it('drops a copy claiming another author', () => {
    const forged = {
      ...ticket,
      pubkey: 'b7b658944e7f6bb1b004a4f555a37c54ee59f143721b058279254658975ebf46',
    }
    expect(toVerifiedEvent(forged)).toBeUndefined()
  })

  it('drops malformed input instead of throwing', () => {
    expect(toVerifiedEvent(null)).toBeUndefined()
    expect(toVerifiedEvent('event')).toBeUndefined()
    expect(toVerifiedEvent({ ...ticket, tags: [['d', 7]] })).toBeUndefined()
    expect(toVerifiedEvent({ ...ticket, kind: '32767' })).toBeUndefined()
  })
})
