import type { Deletion } from '@/nostr/deletion'
import { beforeEach, describe, expect, it } from 'vitest'
import { readOffer } from '@/nostr/offer'
import { readTicket } from '@/nostr/ticket'
import { readTroubleshooterCard } from '@/nostr/troubleshooter-card'
import { BITCOINER, RIVAL, TROUBLESHOOTER, signed, valueOf } from '@tests/support/nostr-fixtures'
import type { Who } from '@tests/support/nostr-fixtures'
import { emptyMarketplace, useMarketplace } from './marketplace'
import { cardsByTroubleshooter, myOffers, offersOnTicket, ticketsBy } from './marketplace-selectors'

const D = '8f3a2c1b9e7d6f50'
const TICKET = `32767:${BITCOINER}:${D}`

const offerBy = (who: Who, d: string, createdAt: number) =>
  valueOf(
    readOffer(
      signed(
        who,
        32768,
        [
          ['d', d],
          ['a', TICKET],
          ['pricing', '0'],
          ['amount', '5000'],
        ],
        '',
        createdAt,
      ),
    ),
  )

const ticketWith = (tags: string[][], createdAt: number) =>
  valueOf(
    readTicket(
      signed('bitcoiner', 32767, [['d', D], ['title', 'Seedsigner'], ...tags], '', createdAt),
    ),
  )

const state = () => useMarketplace.getState()

/** A NIP-09 deletion of one address by its author, as read from a relay. */
const deletionOf = (pubkey: string, d: string, kind: number, createdAt: number): Deletion => ({
  pubkey,
  createdAt,
  addresses: [{ kind, pubkey, d }],
  eventIds: [],
})

describe('marketplace selectors', () => {
  beforeEach(() => useMarketplace.setState(emptyMarketplace()))

  it('derives Pending, then Won for the accepted offer and Lost for the other', () => {
    const mine = offerBy('troubleshooter', 'offer-troubleshooter-1', 1760000100)
    const theirs = offerBy('rival', 'offer-rival-000000001', 1760000110)
    state().applyBatch({ tickets: [ticketWith([['s', '0']], 1760000000)], offers: [mine, theirs] })
    expect(myOffers(state(), TROUBLESHOOTER).map((o) => o.status)).toEqual(['pending'])

    state().applyBatch({
      tickets: [
        ticketWith(
          [
            ['s', '1'],
            ['a', `32768:${TROUBLESHOOTER}:offer-troubleshooter-1`],
            ['p', TROUBLESHOOTER],
          ],
          1760000200,
        ),
      ],
    })
    expect(myOffers(state(), TROUBLESHOOTER).map((o) => [o.status, o.ticket?.status])).toEqual([
      ['won', 'in-progress'],
    ])
    expect(myOffers(state(), RIVAL).map((o) => o.status)).toEqual(['lost'])
  })

  it('leaves withdrawn offers and deleted tickets out', () => {
    const kept = offerBy('troubleshooter', 'offer-troubleshooter-1', 1760000100)
    const withdrawn = offerBy('rival', 'offer-rival-000000001', 1760000110)
    state().applyBatch({
      tickets: [ticketWith([['s', '0']], 1760000000)],
      offers: [kept, withdrawn],
      deletions: [deletionOf(RIVAL, `offer-rival-000000001`, 32768, 1760000120)],
    })
    expect(offersOnTicket(state(), TICKET).map((o) => o.pubkey)).toEqual([TROUBLESHOOTER])
    expect(ticketsBy(state(), BITCOINER)).toHaveLength(1)
    state().applyBatch({
      deletions: [deletionOf(BITCOINER, TICKET.split(':')[2] ?? '', 32767, 1760000300)],
    })
    expect(ticketsBy(state(), BITCOINER)).toEqual([])
  })

  it('returns the same empty list every time, so an empty view does not re-render', () => {
    expect(offersOnTicket(state(), TICKET)).toBe(offersOnTicket(state(), TICKET))
    expect(myOffers(state(), RIVAL)).toBe(myOffers(state(), RIVAL))
    expect(cardsByTroubleshooter(state())).toBe(cardsByTroubleshooter(state()))
  })

  it('shows one card per troubleshooter: their newest', () => {
    const card = (d: string, title: string, createdAt: number) =>
      valueOf(
        readTroubleshooterCard(
          signed(
            'troubleshooter',
            32765,
            [
              ['d', d],
              ['title', title],
              ['pricing', '0'],
              ['amount', '0'],
              ['s', '1'],
            ],
            '',
            createdAt,
          ),
        ),
      )
    state().applyBatch({
      cards: [
        card('card-old-0000000001', 'Old service', 1760000000),
        card('card-new-0000000001', 'Lightning help', 1760000100),
      ],
    })
    expect(cardsByTroubleshooter(state()).map((c) => c.title)).toEqual(['Lightning help'])
    expect(cardsByTroubleshooter(state(), RIVAL)).toEqual([])
  })
})
