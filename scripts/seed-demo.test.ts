import { verifyEvent } from 'nostr-tools'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatAddress } from '../src/nostr/address'
import { readOffer } from '../src/nostr/offer'
import { readReview } from '../src/nostr/review'
import { readTicket } from '../src/nostr/ticket'
import { readTroubleshooterCard } from '../src/nostr/troubleshooter-card'
import { lenaLightning, satoshiNewcomer } from './demo-keys'
import { startRelay } from './relay'
import type { LocalRelay } from './relay'
import { queryEvents } from './relay-io'
import { seedDemo } from './seed-demo'

const now = 1_760_000_000
let relay: LocalRelay
beforeAll(async () => {
  relay = await startRelay()
})
afterAll(() => relay.stop())

const everything = () =>
  queryEvents(relay.url, [{ kinds: [0, 1986, 32765, 32767, 32768], limit: 500 }])

describe('seedDemo', () => {
  it('publishes readable tickets in several states, offers, cards, profiles and reviews', async () => {
    const first = await seedDemo(relay.url, now)
    expect(first.kept).toBe(0)
    const events = await everything()
    expect(events.length).toBe(first.published)
    expect(events.every((event) => verifyEvent(event))).toBe(true)

    const tickets = events.filter((e) => e.kind === 32767).map((e) => readTicket(e))
    expect(tickets.every((t) => t.ok)).toBe(true)
    const read = tickets.flatMap((t) => (t.ok ? [t.value] : []))
    expect(read).toHaveLength(8)
    const statuses = read.map((t) => t.status).sort()
    expect(statuses).toEqual([
      'in-progress',
      'in-progress',
      'new',
      'new',
      'new',
      'new',
      'new',
      'resolved',
    ])

    const resolved = read.find((t) => t.status === 'resolved')
    expect(resolved?.pubkey).toBe(satoshiNewcomer.pubkey)
    expect(resolved?.acceptedOffer?.pubkey).toBe(lenaLightning.pubkey)

    const offers = events.filter((e) => e.kind === 32768).map((e) => readOffer(e))
    expect(offers.length).toBeGreaterThanOrEqual(6)
    expect(offers.every((o) => o.ok)).toBe(true)
    const cards = events.filter((e) => e.kind === 32765).map((e) => readTroubleshooterCard(e))
    expect(cards.map((c) => c.ok)).toEqual([true, true, true])

    const reviews = events.filter((e) => e.kind === 1986).map((e) => readReview(e))
    expect(reviews).toHaveLength(2)
    expect(reviews.every((r) => r.ok)).toBe(true)
    const satoshiProfile = events.find((e) => e.kind === 0 && e.pubkey === satoshiNewcomer.pubkey)
    expect(JSON.parse(satoshiProfile?.content ?? '{}').name).toBe('Satoshi Newcomer')
    // the Bitcoiner's review names the offer the resolved ticket accepted
    const reviewOfLena = events.find((e) => e.kind === 1986 && e.pubkey === satoshiNewcomer.pubkey)
    expect(reviewOfLena?.tags).toContainEqual(['a', formatAddress(resolved!.acceptedOffer!)])
  })

  it('is harmless to run again, even later: nothing is duplicated or replaced', async () => {
    const before = await everything()
    const again = await seedDemo(relay.url, now + 86_400)
    expect(again.published).toBe(0)
    const after = await everything()
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort())
  })
})
