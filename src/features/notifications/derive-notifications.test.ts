import { describe, expect, it } from 'vitest'
import type { NostrEvent } from 'nostr-tools'
import { makeAddressDeletion } from '@/nostr/deletion'
import { editOffer, makeOffer } from '@/nostr/offer'
import { makeTicket } from '@/nostr/ticket'
import { transitionTicket } from '@/nostr/ticket-state'
import { BITCOINER, RIVAL, TROUBLESHOOTER, sign, valueOf } from '@tests/support/nostr-fixtures'
import type { Who } from '@tests/support/nostr-fixtures'
import type { NotificationSources } from './derive-notifications'
import { deriveNotifications } from './derive-notifications'
import { emptyBatch } from '@/nostr/marketplace-batch'
import { readMarketplaceEvent } from '@/nostr/marketplace-event'
import { emptyMarketplace, reduceBatch } from '@/stores/marketplace'
import { followUpFilters } from './watch-notifications'

const T0 = 1760000000
const TICKET_D = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const TICKET = `32767:${BITCOINER}:${TICKET_D}`

const ticket = (overrides: { troubleshooter?: string; by?: Who } = {}) =>
  sign(
    overrides.by ?? 'bitcoiner',
    makeTicket(
      {
        d: TICKET_D,
        title: 'Coldcard refuses my PSBT',
        description: 'Sparrow says the signature is invalid.',
        topics: ['coldcard'],
        budget: 20000,
        ...(overrides.troubleshooter ? { troubleshooter: overrides.troubleshooter } : {}),
      },
      T0,
    ),
  )

const offer = (by: Who, d: string, sats: number, at = T0 + 100) =>
  sign(
    by,
    makeOffer(
      {
        d,
        ticket: { kind: 32767, pubkey: BITCOINER, d: TICKET_D },
        pricing: { kind: 'fixed', sats },
        coverLetter: 'I can help.',
        troubleshooter: by === 'rival' ? RIVAL : TROUBLESHOOTER,
      },
      at,
    ),
  )

const sourcesFor = (me: string, events: NostrEvent[]): NotificationSources => {
  const batch = emptyBatch()
  for (const event of events) readMarketplaceEvent(event, batch)
  const { tickets, offers, deletions } = reduceBatch(emptyMarketplace(), batch)
  return { me, tickets, offers, deletions }
}

describe('notifications for the Bitcoiner', () => {
  it('tells of a new offer on my ticket, with the price', () => {
    const items = deriveNotifications(
      sourcesFor(BITCOINER, [ticket(), offer('troubleshooter', 'offer-1', 15000)]),
    )
    expect(items).toEqual([
      {
        id: `offer:32768:${TROUBLESHOOTER}:offer-1`,
        kind: 'offer',
        at: T0 + 100,
        ticketAddress: TICKET,
        text: 'New offer on “Coldcard refuses my PSBT”: 15,000 sats',
        from: TROUBLESHOOTER,
      },
    ])
  })

  it('keeps the same id and time when the offer is edited', () => {
    const first = offer('troubleshooter', 'offer-1', 15000, T0 + 100)
    const edited = sign(
      'troubleshooter',
      valueOf(editOffer(first, { pricing: { kind: 'fixed', sats: 12000 } }, T0 + 500)),
    )
    const [item] = deriveNotifications(sourcesFor(BITCOINER, [ticket(), first, edited]))
    expect(item?.id).toBe(`offer:32768:${TROUBLESHOOTER}:offer-1`)
    expect(item?.at).toBe(T0 + 100)
    expect(item?.text).toBe('New offer on “Coldcard refuses my PSBT”: 12,000 sats')
  })

  it('says nothing about an offer whose ticket it has not seen, or one withdrawn', () => {
    expect(deriveNotifications(sourcesFor(BITCOINER, [offer('troubleshooter', 'o', 1)]))).toEqual(
      [],
    )
    const withdrawn = sign(
      'troubleshooter',
      makeAddressDeletion({ kind: 32768, pubkey: TROUBLESHOOTER, d: 'o' }, T0 + 200),
    )
    expect(
      deriveNotifications(
        sourcesFor(BITCOINER, [ticket(), offer('troubleshooter', 'o', 1), withdrawn]),
      ),
    ).toEqual([])
  })

  it('ignores a deletion of the offer signed by someone else', () => {
    const forged = sign(
      'rival',
      makeAddressDeletion({ kind: 32768, pubkey: TROUBLESHOOTER, d: 'o' }, T0 + 200),
    )
    expect(
      deriveNotifications(
        sourcesFor(BITCOINER, [ticket(), offer('troubleshooter', 'o', 1), forged]),
      ),
    ).toHaveLength(1)
  })
})

describe('notifications for the troubleshooter', () => {
  const accepted = (winner: NostrEvent, at: number) => {
    const previous = ticket()
    const address = `32768:${winner.pubkey}:${winner.tags.find((t) => t[0] === 'd')?.[1]}`
    return sign('bitcoiner', valueOf(transitionTicket(previous, 'in-progress', at, address)))
  }

  it('tells the winner their offer was accepted, and the other one that it lost', () => {
    const mine = offer('troubleshooter', 'mine', 9000)
    const theirs = offer('rival', 'theirs', 8000)
    const inProgress = accepted(mine, T0 + 300)
    const events = [ticket(), mine, theirs, inProgress]
    expect(deriveNotifications(sourcesFor(TROUBLESHOOTER, events))).toEqual([
      {
        id: `won:32768:${TROUBLESHOOTER}:mine`,
        kind: 'won',
        at: T0 + 300,
        ticketAddress: TICKET,
        text: 'Your offer on “Coldcard refuses my PSBT” was accepted',
        from: BITCOINER,
      },
    ])
    expect(deriveNotifications(sourcesFor(RIVAL, events))).toEqual([
      {
        id: `lost:32768:${RIVAL}:theirs`,
        kind: 'lost',
        at: T0 + 300,
        ticketAddress: TICKET,
        text: "Another troubleshooter's offer was accepted on “Coldcard refuses my PSBT”",
        from: BITCOINER,
      },
    ])
  })

  it('tells everyone who offered that the ticket was closed', () => {
    const mine = offer('troubleshooter', 'mine', 9000)
    const inProgress = accepted(mine, T0 + 300)
    const resolved = sign('bitcoiner', valueOf(transitionTicket(inProgress, 'resolved', T0 + 900)))
    const items = deriveNotifications(sourcesFor(TROUBLESHOOTER, [ticket(), mine, resolved]))
    expect(items.map(({ id, kind, at, text }) => ({ id, kind, at, text }))).toEqual([
      {
        id: `closed:${TICKET}:resolved`,
        kind: 'closed',
        at: T0 + 900,
        text: '“Coldcard refuses my PSBT” was closed as resolved',
      },
      {
        id: `won:32768:${TROUBLESHOOTER}:mine`,
        kind: 'won',
        at: T0 + 300,
        text: 'Your offer on “Coldcard refuses my PSBT” was accepted',
      },
    ])
  })

  it('tells of a direct request while the ticket is New', () => {
    const request = ticket({ troubleshooter: TROUBLESHOOTER })
    expect(deriveNotifications(sourcesFor(TROUBLESHOOTER, [request]))).toEqual([
      {
        id: `request:${TICKET}`,
        kind: 'request',
        at: T0,
        ticketAddress: TICKET,
        text: 'You were asked directly to help with “Coldcard refuses my PSBT”',
        from: BITCOINER,
      },
    ])
    const failed = sign('bitcoiner', valueOf(transitionTicket(request, 'failed', T0 + 50)))
    expect(deriveNotifications(sourcesFor(TROUBLESHOOTER, [request, failed]))).toEqual([])
    // the Bitcoiner is not notified of their own request
    expect(deriveNotifications(sourcesFor(BITCOINER, [request]))).toEqual([])
  })
})

describe('what the watcher asks the relays next', () => {
  it('asks for offers on my tickets by address, and deletions of those offers', () => {
    const sources = sourcesFor(BITCOINER, [ticket(), offer('troubleshooter', 'offer-1', 1)])
    expect(followUpFilters(sources)).toEqual([
      { kinds: [32768], '#a': [TICKET] },
      { kinds: [5], '#a': [`32768:${TROUBLESHOOTER}:offer-1`] },
    ])
  })

  it('asks for the tickets my offers answer, and their deletions', () => {
    const sources = sourcesFor(TROUBLESHOOTER, [offer('troubleshooter', 'offer-1', 1)])
    expect(followUpFilters(sources)).toEqual([
      { kinds: [32767], authors: [BITCOINER], '#d': [TICKET_D] },
      { kinds: [5], '#a': [TICKET] },
    ])
  })
})
