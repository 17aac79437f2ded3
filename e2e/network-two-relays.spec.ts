import type { NostrEvent } from 'nostr-tools'
import { ticketUrl } from './support/app-pages'
import { scrollThroughFeed } from './support/feed-scroll'
import { expect, test, useAppRelays } from './support/fixtures'
import type { TicketSeed } from './support/seed'

/**
 * Two relays hold different tickets of different ages: the feed pages each relay on its own and
 * shows every ticket of both, once, as the person scrolls.
 */

const now = Math.floor(Date.now() / 1000)
const MINUTE = 60

/**
 * 60 tickets a relay, a minute apart. Relay A's 50 first are in the last hour, relay B's in the
 * hour before; A's last ten sit among B's oldest and B's last ten among A's oldest, half a minute
 * off so no two tickets share a second.
 */
const ticketsFor = (relay: 'A' | 'B'): TicketSeed[] =>
  Array.from({ length: 60 }, (_, n) => {
    const own = relay === 'A' ? n : 60 + n
    const interleaved = relay === 'A' ? 110 + (n - 50) : 40 + (n - 50)
    const minutesAgo = n < 50 ? own : interleaved + 0.5
    return {
      title: `Relay ${relay} ticket ${String(n + 1).padStart(2, '0')}`,
      topics: ['ledger'],
      at: Math.round(now - 600 - minutesAgo * MINUTE),
    }
  })

const titleOf = (ticket: NostrEvent) => ticket.tags.find((tag) => tag[0] === 'title')?.[1] ?? ''
/** The titles the feed should show, by link, sorted for a readable diff. */
const titlesOf = (tickets: NostrEvent[]) =>
  [...new Map(tickets.map((ticket) => [ticketUrl(ticket), titleOf(ticket)])).values()].sort()
const sorted = (seen: Map<string, string>) => [...seen.values()].sort()

// Relay A, with the newer tickets, is the distant one: its answers arrive after relay B's.
test.use({ appUsesLocalRelay: false, relayOptions: { latencyMs: 200 } })

test('the feed shows all 120 tickets of two relays as I scroll, none twice', async ({
  page,
  context,
  relay,
  relayB,
  seed,
  seedB,
}) => {
  const onA = await seed.tickets(ticketsFor('A'))
  const onB = await seedB.tickets(ticketsFor('B'))
  await useAppRelays(context, [relay.url, relayB.url])
  await page.goto('/')

  const { seen, doubles } = await scrollThroughFeed(page)
  expect(doubles, 'no ticket is in the feed twice at any moment').toEqual([])
  expect(sorted(seen)).toEqual(titlesOf([...onA, ...onB]))
})

test('control: with all 120 tickets on one relay, scrolling sees each of them', async ({
  page,
  context,
  relay,
  seed,
}) => {
  const all = await seed.tickets([...ticketsFor('A'), ...ticketsFor('B')])
  await useAppRelays(context, [relay.url])
  await page.goto('/')

  const { seen, doubles } = await scrollThroughFeed(page)
  expect(doubles).toEqual([])
  expect(sorted(seen)).toEqual(titlesOf(all))
})
