import { describe, expect, it } from 'vitest'
import { readOffer } from './offer'
import { offerStatus } from './offer-status'
import { readTicket } from './ticket'
import { BITCOINER, RIVAL, TROUBLESHOOTER, signed, valueOf } from '@tests/support/nostr-fixtures'

const TICKET_A = `32767:${BITCOINER}:tk`
const offer = valueOf(
  readOffer(
    signed('troubleshooter', 32768, [
      ['d', 'mine'],
      ['a', TICKET_A, ''],
      ['pricing', '0'],
      ['amount', '1'],
    ]),
  ),
)
const ticketNaming = (status: string, a?: string) =>
  valueOf(
    readTicket(
      signed('bitcoiner', 32767, [
        ['d', 'tk'],
        ['title', 'T'],
        ['s', status],
        ...(a ? [['a', a, '']] : []),
      ]),
    ),
  )

describe('offerStatus', () => {
  it('is Pending while the ticket names no offer, or is unknown', () => {
    expect(offerStatus(offer, ticketNaming('0'))).toBe('pending')
    expect(offerStatus(offer, undefined)).toBe('pending')
  })
  it('is Won when the ticket names this offer', () => {
    expect(offerStatus(offer, ticketNaming('1', `32768:${TROUBLESHOOTER}:mine`))).toBe('won')
    expect(offerStatus(offer, ticketNaming('2', `32768:${TROUBLESHOOTER}:mine`))).toBe('won')
  })
  it('is Lost when the ticket names another offer', () => {
    expect(offerStatus(offer, ticketNaming('1', `32768:${RIVAL}:theirs`))).toBe('lost')
    expect(offerStatus(offer, ticketNaming('1', `32768:${TROUBLESHOOTER}:other-d`))).toBe('lost')
  })
  it('ignores a ticket the offer does not answer', () => {
    const other = valueOf(
      readTicket(
        signed('bitcoiner', 32767, [
          ['d', 'other'],
          ['title', 'T'],
          ['s', '1'],
          ['a', `32768:${RIVAL}:x`],
        ]),
      ),
    )
    expect(offerStatus(offer, other)).toBe('pending')
  })
})
