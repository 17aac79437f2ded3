import { describe, expect, it } from 'vitest'
import { BITCOINER, RIVAL, STRANGER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import { dealRole } from './use-deal'

const OFFER = { pubkey: TROUBLESHOOTER, address: { kind: 32768, pubkey: TROUBLESHOOTER, d: 'of1' } }
const TICKET = { pubkey: BITCOINER, acceptedOffer: OFFER.address }

describe('who bills and who watches', () => {
  it('the troubleshooter whose offer was accepted, in the thread with the ticket’s author', () => {
    expect(dealRole(TROUBLESHOOTER, BITCOINER, TICKET, OFFER)).toBe('troubleshooter')
  })
  it('the ticket’s author, in the thread with that troubleshooter', () => {
    expect(dealRole(BITCOINER, TROUBLESHOOTER, TICKET, OFFER)).toBe('bitcoiner')
  })
  it('nobody else, and not in another thread or for an offer the ticket did not accept', () => {
    expect(dealRole(STRANGER, BITCOINER, TICKET, OFFER)).toBeUndefined()
    expect(dealRole(TROUBLESHOOTER, STRANGER, TICKET, OFFER)).toBeUndefined()
    expect(dealRole(BITCOINER, RIVAL, TICKET, OFFER)).toBeUndefined()
    const other = { pubkey: RIVAL, address: { kind: 32768, pubkey: RIVAL, d: 'of2' } }
    expect(dealRole(RIVAL, BITCOINER, TICKET, other)).toBeUndefined()
    expect(dealRole(TROUBLESHOOTER, BITCOINER, { pubkey: BITCOINER }, OFFER)).toBeUndefined()
  })
})
