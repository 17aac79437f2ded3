import { describe, expect, it } from 'vitest'
import { FIXED_NOW, ticketValue } from '@tests/support/nostr-fixtures'
import type { Ticket } from '@/nostr/ticket'
import type { FeedFilter } from './feed-filter'
import {
  DEFAULT_FILTER,
  filterTickets,
  foldText,
  isSelfCustodyTicket,
  popularTopics,
} from './feed-filter'

const alice = 'a1'.repeat(32)
const now = FIXED_NOW

const ticket = (d: string, fields: Partial<Ticket> = {}): Ticket =>
  ticketValue({ pubkey: alice, d, topics: ['ledger'], ...fields })

const ledger = ticket('ledger1', {
  title: 'Ledger Nano will not sign',
  description: 'Sparrow says the PSBT is invalid.',
  budget: 20_000,
  publishedAt: now - 300,
})
const passphrase = ticket('pass1', {
  title: 'Forgot where my PASSPHRASE is written',
  description: 'Mein Schlüssel… Trezor shows an empty wallet.',
  topics: ['trezor', 'passphrase'],
  publishedAt: now - 200,
})
const logo = ticket('job1', {
  title: 'Design a logo for my café',
  topics: ['design', 'logo'],
  budget: 90_000,
})
const untagged = ticket('none1', { title: 'Node stuck at 99%', topics: [], publishedAt: now - 50 })
const taken = ticket('taken1', { status: 'in-progress', title: 'Coldcard firmware' })
const all = [ledger, passphrase, logo, untagged, taken]

const view = (filter: Partial<FeedFilter>) =>
  filterTickets(all, { ...DEFAULT_FILTER, ...filter }).map((t) => t.d)

describe('filterTickets', () => {
  it('shows New self-custody tickets (and untagged ones), newest first, by default', () => {
    expect(view({})).toEqual(['none1', 'pass1', 'ledger1'])
  })

  it('includes SatShoot jobs with topics outside the vocabulary only with the switch on', () => {
    expect(view({ everything: true })).toEqual(['job1', 'none1', 'pass1', 'ledger1'])
    expect(isSelfCustodyTicket(logo)).toBe(false)
    expect(isSelfCustodyTicket({ topics: ['logo', 'lightning'] })).toBe(true)
  })

  it('keeps tickets having any of the chosen topics', () => {
    expect(view({ topics: ['trezor', 'ledger'] })).toEqual(['pass1', 'ledger1'])
    expect(view({ topics: ['passphrase'] })).toEqual(['pass1'])
  })

  it('searches titles and descriptions ignoring case, accents and invisible characters', () => {
    expect(view({ query: 'passphrase' })).toEqual(['pass1'])
    expect(view({ query: 'psbt' })).toEqual(['ledger1'])
    expect(view({ query: 'schlussel trezor' })).toEqual(['pass1'])
    expect(view({ query: 'SCHLÜSSEL' })).toEqual(['pass1'])
    expect(view({ query: 'pass\u200bphrase' })).toEqual(['pass1'])
    expect(view({ query: 'ledger trezor' })).toEqual([])
    expect(view({ query: 'cafe', everything: true })).toEqual(['job1'])
  })

  it('sorts by budget, highest first, tickets without a budget last', () => {
    expect(view({ sort: 'budget', everything: true })).toEqual([
      'job1',
      'ledger1',
      'none1',
      'pass1',
    ])
  })

  it('shows another status, or all of them', () => {
    expect(view({ status: 'in-progress' })).toEqual(['taken1'])
    expect(view({ status: 'all' })).toContain('taken1')
  })
})

describe('foldText', () => {
  it('folds case, accents and zero-width characters', () => {
    expect(foldText('Ça\u200d Märche ÉTÉ')).toBe('ca marche ete')
  })
})

describe('popularTopics', () => {
  it('offers the most used self-custody topics, unless everything is shown', () => {
    expect(popularTopics(all, false, 2)).toEqual(['ledger', 'passphrase'])
    expect(popularTopics(all, true, 10)).toContain('logo')
  })
})
