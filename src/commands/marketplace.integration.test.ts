import { connectApp } from '@tests/support/connect-app'
import 'fake-indexeddb/auto'
import type { Filter } from 'nostr-tools'
import { hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import { BITCOINER, RIVAL, SECRET, STRANGER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import { startDemoSigner, type DemoSigner } from '../../scripts/demo-signer'
import { startRelay, type LocalRelay } from '../../scripts/relay'
import type { CommandResult } from './command-result'

// The commands against a real relay, each person signing in through a real NIP-46 bunker.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

type Who = 'bitcoiner' | 'troubleshooter' | 'rival' | 'stranger'
const PUBKEY: Record<Who, string> = {
  bitcoiner: BITCOINER,
  troubleshooter: TROUBLESHOOTER,
  rival: RIVAL,
  stranger: STRANGER,
}

let relay: LocalRelay
const signers = {} as Record<Who, DemoSigner>

const load = async () => ({
  session: await import('@/commands/session'),
  client: await import('@/ndk/client'),
  connection: await import('@/stores/relay-connection'),
  fetch: await import('@/ndk/fetch-events'),
  sync: await import('@/stores/marketplace-sync'),
  tickets: await import('./tickets'),
  offers: await import('./offers'),
  cards: await import('./cards'),
  store: await import('@/stores/marketplace'),
  myOffers: (await import('@/stores/marketplace-selectors')).myOffers,
  jobStatus: (await import('@/stores/publish-outbox')).jobStatus,
})
let m: Awaited<ReturnType<typeof load>>

const as = async (who: Who) => {
  m.session.signOut()
  expect(await m.session.signInWithBunker(signers[who].bunkerUri)).toBe(true)
}

/**
 * True when the command published and every relay took the event before it returned: no outbox
 * job left, or one whose every relay accepted it.
 */
const taken = (result: CommandResult) => {
  if (!result.ok) return false
  if (!result.job) return true
  const status = m.jobStatus(result.job)
  return status.kind === 'published' && status.accepted === status.total
}

/**
 * The parsed value a successful command published, straight from the store; the relay (up all
 * along) took it before the command returned.
 */
const published = <T>(result: CommandResult, pick: 'tickets' | 'offers' | 'cards'): T => {
  if (!result.ok) throw new Error(`expected the command to succeed, got: ${result.reason}`)
  expect(taken(result)).toBe(true)
  const { event } = result
  const d = event.tags.find((tag) => tag[0] === 'd')?.[1]
  const value = m.store.useMarketplace.getState()[pick][`${event.kind}:${event.pubkey}:${d}`]
  if (!value) throw new Error('the published value is not in the store')
  return value as T
}

const refusal = (result: CommandResult) => (result.ok ? 'accepted' : result.reason)

/** Starts from an empty store and fills it from the relays only. */
const syncFromRelays = async (filters: Filter[]) => {
  m.store.useMarketplace.setState(m.store.emptyMarketplace())
  await new Promise<void>((resolve) => {
    const stop = m.sync.watchMarketplace(filters, {
      onEose: () => {
        stop()
        resolve()
      },
    })
  })
}

describe('marketplace commands with a local relay and remote signers', () => {
  beforeAll(async () => {
    relay = await startRelay()
    for (const who of Object.keys(PUBKEY) as Who[]) {
      signers[who] = await startDemoSigner({
        relayUrl: relay.url,
        secretKey: hexToBytes(SECRET[who]),
      })
    }
    vi.stubEnv('VITE_RELAYS', relay.url)
    vi.resetModules()
    m = await load()
    await connectApp(relay.url)
  }, 30_000)

  afterAll(async () => {
    m?.session.signOut()
    for (const signer of Object.values(signers)) await signer.stop()
    await relay?.stop()
    vi.unstubAllEnvs()
  })

  beforeEach(() => m.store.useMarketplace.setState(m.store.emptyMarketplace()))

  it('runs the loop: post, offers, edit, accept, Won and Lost, close', async () => {
    await as('bitcoiner')
    const posted = await m.tickets.postTicket({
      title: 'Ledger Nano X not recognised by Sparrow',
      description: 'Sparrow 1.9 on Linux does not see the device after a firmware update.',
      topics: ['hardware-wallets', 'sparrow'],
      budget: 20000,
    })
    const ticket = published<Ticket>(posted, 'tickets')
    expect(ticket).toMatchObject({ pubkey: BITCOINER, status: 'new', budget: 20000 })
    expect(ticket.d).toMatch(/^[0-9a-f]{32}$/)
    // the relay itself holds it
    const onRelay = await m.fetch.fetchEvents(
      { ids: [posted.ok ? posted.event.id : ''] },
      { relays: [relay.url], timeoutMs: 3000 },
    )
    expect(onRelay.map((event) => event.id)).toEqual([posted.ok && posted.event.id])

    await as('troubleshooter')
    const offered = await m.offers.sendOffer(ticket, {
      pricing: { kind: 'fixed', sats: 15000 },
      coverLetter: 'Usually a udev rules problem; 20 minutes on a call.',
    })
    const offer = published<Offer>(offered, 'offers')
    expect(offer.ticket).toEqual({ kind: 32767, pubkey: BITCOINER, d: ticket.d })
    expect(
      refusal(
        await m.offers.sendOffer(ticket, {
          pricing: { kind: 'fixed', sats: 1 },
          coverLetter: 'again',
        }),
      ),
    ).toBe('You already made an offer on this ticket: edit that one instead.')
    // the relays remember the first offer even when this device does not
    m.store.useMarketplace.setState(m.store.emptyMarketplace())
    expect(
      refusal(
        await m.offers.sendOffer(ticket, {
          pricing: { kind: 'fixed', sats: 1 },
          coverLetter: 'again',
        }),
      ),
    ).toMatch(/already made an offer/)
    const edited = await m.offers.updateOffer(offer, { pricing: { kind: 'fixed', sats: 12000 } })
    expect(
      edited.ok && edited.event.tags.filter((tag) => tag[0] === 'pricing_history'),
    ).toHaveLength(1)
    expect(published<Offer>(edited, 'offers').pricing).toEqual({ kind: 'fixed', sats: 12000 })

    await as('rival')
    const rivalOffer = published<Offer>(
      await m.offers.sendOffer(ticket, {
        pricing: { kind: 'per-minute', satsPerMinute: 50 },
        coverLetter: 'I fix these every week.',
      }),
      'offers',
    )

    await as('bitcoiner')
    expect(
      refusal(
        await m.tickets.acceptOffer(
          {
            ...ticket,
            d: 'another-ticket-0001',
            address: { ...ticket.address, d: 'another-ticket-0001' },
          },
          offer,
        ),
      ),
    ).toBe('This offer is for another ticket.')
    const accepted = await m.tickets.acceptOffer(ticket, offer)
    expect(taken(accepted)).toBe(true)
    expect(
      accepted.ok && accepted.event.tags.filter((tag) => ['s', 'a', 'p'].includes(tag[0] ?? '')),
    ).toEqual([
      ['s', '1'],
      ['a', `32768:${TROUBLESHOOTER}:${offer.d}`, ''],
      ['p', TROUBLESHOOTER],
    ])
    expect(refusal(await m.tickets.acceptOffer(ticket, rivalOffer))).toBe(
      'Offers can only be accepted on a New ticket; this one is In progress.',
    )
    expect(refusal(await m.tickets.updateTicket(ticket, { title: 'New title' }))).toBe(
      'Only a New ticket can be edited; this one is In progress.',
    )

    // each troubleshooter's view, built from the relays alone
    await syncFromRelays([
      { kinds: [32768], authors: [TROUBLESHOOTER, RIVAL] },
      { kinds: [32767], authors: [BITCOINER] },
    ])
    const state = m.store.useMarketplace.getState()
    expect(m.myOffers(state, TROUBLESHOOTER).map((o) => [o.status, o.ticket?.status])).toEqual([
      ['won', 'in-progress'],
    ])
    expect(m.myOffers(state, RIVAL).map((o) => [o.status, o.ticket?.status])).toEqual([
      ['lost', 'in-progress'],
    ])

    await as('rival')
    expect(refusal(await m.offers.updateOffer(rivalOffer, { coverLetter: 'Please?' }))).toBe(
      'Only a Pending offer can be edited; this one is Lost.',
    )
    await as('stranger')
    expect(
      refusal(
        await m.offers.sendOffer(ticket, {
          pricing: { kind: 'fixed', sats: 5 },
          coverLetter: 'Me too',
        }),
      ),
    ).toBe('This ticket is In progress: it no longer takes offers.')
    await as('troubleshooter')
    expect(refusal(await m.offers.withdrawOffer(offer))).toMatch(/accepted/)
    expect(refusal(await m.tickets.closeTicket(ticket, 'resolved'))).toBe(
      'Only its author can change a ticket.',
    )

    await as('bitcoiner')
    const closed = await m.tickets.closeTicket(ticket, 'resolved')
    expect(published<Ticket>(closed, 'tickets')).toMatchObject({
      status: 'resolved',
      troubleshooter: TROUBLESHOOTER,
    })
    expect(refusal(await m.tickets.closeTicket(ticket, 'failed'))).toBe(
      'a Resolved ticket cannot become Failed',
    )
  }, 120_000)

  it('refuses to publish a ticket that contains a recovery phrase', async () => {
    await as('bitcoiner')
    const before = await m.fetch.fetchEvents(
      { kinds: [32767], authors: [BITCOINER] },
      { relays: [relay.url], timeoutMs: 3000 },
    )
    const result = await m.tickets.postTicket({
      title: 'Restoring my wallet fails',
      description: `My words are ${'abandon '.repeat(11)}about and Electrum says they are wrong.`,
      topics: ['backups'],
    })
    expect(refusal(result)).toMatch(
      /^Not published: the description contains a secret\. .*12-word recovery phrase/,
    )
    const after = await m.fetch.fetchEvents(
      { kinds: [32767], authors: [BITCOINER] },
      { relays: [relay.url], timeoutMs: 3000 },
    )
    expect(after).toHaveLength(before.length)
  }, 60_000)

  it('withdraws an offer and deletes a ticket (NIP-09), and both disappear', async () => {
    await as('bitcoiner')
    const ticket = published<Ticket>(
      await m.tickets.postTicket({
        title: 'Umbrel will not start',
        description: 'Stuck at boot.',
        topics: ['nodes'],
      }),
      'tickets',
    )
    await as('troubleshooter')
    const offer = published<Offer>(
      await m.offers.sendOffer(ticket, {
        pricing: { kind: 'fixed', sats: 9000 },
        coverLetter: 'Can look.',
      }),
      'offers',
    )
    const withdrawn = await m.offers.withdrawOffer(offer)
    expect(taken(withdrawn)).toBe(true)
    expect(withdrawn.ok && withdrawn.event.tags).toEqual([
      ['a', `32768:${TROUBLESHOOTER}:${offer.d}`],
      ['k', '32768'],
    ])
    // withdrawn, so a new offer is allowed
    expect(
      taken(
        await m.offers.sendOffer(ticket, {
          pricing: { kind: 'fixed', sats: 8000 },
          coverLetter: 'Cheaper.',
        }),
      ),
    ).toBe(true)

    await as('bitcoiner')
    expect(taken(await m.tickets.deleteTicket(ticket))).toBe(true)
    await syncFromRelays([
      { kinds: [32767], authors: [BITCOINER], '#d': [ticket.d] },
      { kinds: [32768], '#a': [`32767:${BITCOINER}:${ticket.d}`] },
      {
        kinds: [5],
        '#a': [`32767:${BITCOINER}:${ticket.d}`, `32768:${TROUBLESHOOTER}:${offer.d}`],
      },
    ])
    const state = m.store.useMarketplace.getState()
    expect(
      m.store.visibleAt(state.tickets, `32767:${BITCOINER}:${ticket.d}`, state),
    ).toBeUndefined()
    expect(
      m.store.visibleAt(state.offers, `32768:${TROUBLESHOOTER}:${offer.d}`, state),
    ).toBeUndefined()
    expect(m.myOffers(state, TROUBLESHOOTER).map((o) => o.offer.pricing)).toContainEqual({
      kind: 'fixed',
      sats: 8000,
    })
  }, 90_000)

  it('keeps one card per troubleshooter and refuses a secret in the about text', async () => {
    await as('troubleshooter')
    const input = {
      title: 'Hardware wallets and Sparrow',
      topics: ['hardware-wallets'],
      pricing: { kind: 'per-minute', satsPerMinute: 100 } as const,
      available: true,
      about: 'Ten years of self-custody support.',
    }
    const first = published<{ d: string }>(await m.cards.saveCard(input), 'cards')
    m.store.useMarketplace.setState(m.store.emptyMarketplace())
    const second = await m.cards.saveCard({ ...input, available: false })
    expect(published<{ d: string; available: boolean }>(second, 'cards')).toMatchObject({
      d: first.d,
      available: false,
    })
    expect(
      refusal(await m.cards.saveCard({ ...input, about: `Backup: ${'abandon '.repeat(11)}about` })),
    ).toMatch(/^Not published: the about contains a secret/)
  }, 60_000)

  it('says so when nobody is signed in', async () => {
    m.session.signOut()
    expect(refusal(await m.tickets.postTicket({ title: 'x', description: 'y', topics: [] }))).toBe(
      'Sign in first: publishing needs your signature.',
    )
  })
})
