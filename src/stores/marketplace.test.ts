import type { Deletion } from '@/nostr/deletion'
import { beforeEach, describe, expect, it } from 'vitest'
import { readOffer } from '@/nostr/offer'
import { readTicket } from '@/nostr/ticket'
import { BITCOINER, TROUBLESHOOTER, signed, valueOf } from '@tests/support/nostr-fixtures'
import { emptyMarketplace, isHidden, useMarketplace, visibleAt } from './marketplace'

const D = '8f3a2c1b9e7d6f50'
const ADDRESS = `32767:${BITCOINER}:${D}`

/** A ticket version as a relay would send it, signed by the fixed Bitcoiner key. */
const ticketAt = (createdAt: number, title: string, status = '0') =>
  valueOf(
    readTicket(
      signed(
        'bitcoiner',
        32767,
        [
          ['d', D],
          ['title', title],
          ['s', status],
        ],
        'My node will not sync',
        createdAt,
      ),
    ),
  )

const offerAt = (createdAt: number) =>
  valueOf(
    readOffer(
      signed(
        'troubleshooter',
        32768,
        [
          ['d', 'a1b2c3d4e5f60718'],
          ['a', ADDRESS],
          ['pricing', '0'],
          ['amount', '21000'],
        ],
        'I can help',
        createdAt,
      ),
    ),
  )

const store = () => useMarketplace.getState()

/** The Bitcoiner's NIP-09 deletion of the ticket's address at `createdAt`. */
const byBitcoiner = (createdAt: number): Deletion => ({
  pubkey: BITCOINER,
  createdAt,
  addresses: [{ kind: 32767, pubkey: BITCOINER, d: D }],
  eventIds: [],
})

describe('marketplace store', () => {
  beforeEach(() => useMarketplace.setState(emptyMarketplace()))

  it('keeps the newest version of a ticket, whatever order the relays send them in', () => {
    store().applyBatch({ tickets: [ticketAt(1760000200, 'Second title')] })
    store().applyBatch({ tickets: [ticketAt(1760000100, 'First title')] })
    expect(store().tickets[ADDRESS]?.title).toBe('Second title')
    store().applyBatch({ tickets: [ticketAt(1760000300, 'Third title')] })
    expect(store().tickets[ADDRESS]?.title).toBe('Third title')
  })

  it('breaks a tie in created_at by the lower event id', () => {
    const a = ticketAt(1760000100, 'Version A')
    const b = ticketAt(1760000100, 'Version B')
    const lower = a.id < b.id ? a : b
    store().applyBatch({ tickets: [a] })
    store().applyBatch({ tickets: [b] })
    expect(store().tickets[ADDRESS]?.title).toBe(lower.title)
    useMarketplace.setState(emptyMarketplace())
    store().applyBatch({ tickets: [b, a] })
    expect(store().tickets[ADDRESS]?.title).toBe(lower.title)
  })

  it('does not change the state (so nothing re-renders) when an older version arrives', () => {
    store().applyBatch({ tickets: [ticketAt(1760000200, 'Current')] })
    const before = store().tickets
    store().applyBatch({ tickets: [ticketAt(1760000100, 'Stale')] })
    expect(store().tickets).toBe(before)
  })

  it('hides a ticket deleted after its version, and shows a version published after that', () => {
    store().applyBatch({ tickets: [ticketAt(1760000100, 'Doomed')] })
    store().applyBatch({ deletions: [byBitcoiner(1760000150)] })
    const ticket = store().tickets[ADDRESS]
    expect(ticket && isHidden(ticket, store())).toBe(true)
    expect(visibleAt(store().tickets, ADDRESS, store())).toBeUndefined()

    store().applyBatch({ tickets: [ticketAt(1760000200, 'Posted again')] })
    expect(visibleAt(store().tickets, ADDRESS, store())?.title).toBe('Posted again')
  })

  it('keeps the latest deletion time when an older deletion arrives later', () => {
    store().applyBatch({ deletions: [byBitcoiner(1760000300)] })
    store().applyBatch({ deletions: [byBitcoiner(1760000100)] })
    store().applyBatch({ tickets: [ticketAt(1760000200, 'Before the deletion')] })
    expect(visibleAt(store().tickets, ADDRESS, store())).toBeUndefined()
  })

  it('hides a version deleted by id only when the deletion is by its author', () => {
    const offer = offerAt(1760000100)
    const offerAddress = `32768:${TROUBLESHOOTER}:a1b2c3d4e5f60718`
    const byId = (pubkey: string): Deletion => ({
      pubkey,
      createdAt: 1760000200,
      addresses: [],
      eventIds: [offer.id],
    })
    store().applyBatch({ offers: [offer], deletions: [byId(BITCOINER)] })
    expect(visibleAt(store().offers, offerAddress, store())).toBeDefined()
    store().applyBatch({ deletions: [byId(TROUBLESHOOTER)] })
    expect(visibleAt(store().offers, offerAddress, store())).toBeUndefined()
  })

  it('records tickets first seen live as arrivals, once', () => {
    store().applyBatch({ tickets: [ticketAt(1760000100, 'Stored')] })
    expect(store().arrivals).toEqual([])
    store().applyBatch({ tickets: [ticketAt(1760000200, 'New version')], live: true })
    expect(store().arrivals).toEqual([])
    useMarketplace.setState(emptyMarketplace())
    store().applyBatch({ tickets: [ticketAt(1760000300, 'Live')], live: true })
    store().applyBatch({ tickets: [ticketAt(1760000400, 'Live again')], live: true })
    expect(store().arrivals).toEqual([ADDRESS])
  })

  it('takes back a version no relay took when the person discards it', () => {
    const waiting = ticketAt(1760000100, 'Waiting')
    store().applyBatch({ tickets: [waiting] })
    store().retract(waiting.id)
    expect(store().tickets).toEqual({})
  })

  it('applies a burst of tickets and offers in one update', () => {
    let updates = 0
    const unsubscribe = useMarketplace.subscribe(() => (updates += 1))
    store().applyBatch({
      tickets: [ticketAt(1760000100, 'One'), ticketAt(1760000200, 'Two')],
      offers: [offerAt(1760000300)],
    })
    unsubscribe()
    expect(updates).toBe(1)
    expect(store().tickets[ADDRESS]?.title).toBe('Two')
    expect(Object.keys(store().offers)).toEqual([`32768:${TROUBLESHOOTER}:a1b2c3d4e5f60718`])
  })
})
