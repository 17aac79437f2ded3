import { describe, expect, it } from 'vitest'
import type { Ticket } from '@/nostr/ticket'
import { Kind } from '@/nostr/kinds'
import { liveTickets, newerTicket, postedAt, ticketKey } from './feed-tickets'

const alice = 'a1'.repeat(32)
const bob = 'b2'.repeat(32)
const now = 1_700_000_000

const ticket = (fields: Partial<Ticket> & Pick<Ticket, 'id' | 'pubkey' | 'd'>): Ticket => ({
  address: { kind: Kind.Ticket, pubkey: fields.pubkey, d: fields.d },
  title: `Ticket ${fields.id}`,
  description: '',
  topics: [],
  status: 'new',
  stateHistory: [],
  publishedAt: now - 100,
  createdAt: now - 100,
  warnings: [],
  ...fields,
})

describe('newerTicket', () => {
  const first = ticket({ id: '02'.repeat(32), pubkey: alice, d: 'x', createdAt: now - 50 })
  const edit = ticket({ id: '09'.repeat(32), pubkey: alice, d: 'x', createdAt: now - 10 })

  it('keeps the version with the newest created_at, whatever order they arrive in', () => {
    expect(newerTicket(first, edit)).toBe(edit)
    expect(newerTicket(edit, first)).toBe(edit)
    expect(newerTicket(undefined, first)).toBe(first)
  })

  it('breaks a created_at tie by the lower event id', () => {
    const twin = ticket({ id: '01'.repeat(32), pubkey: alice, d: 'x', createdAt: now - 50 })
    expect(newerTicket(first, twin)).toBe(twin)
    expect(newerTicket(twin, first)).toBe(twin)
  })

  it('keys versions by author and d, so two authors with the same d stay apart', () => {
    expect(ticketKey(first)).toBe(ticketKey(edit))
    expect(ticketKey({ pubkey: bob, d: 'x' })).not.toBe(ticketKey(first))
  })
})

describe('liveTickets', () => {
  const kept = ticket({ id: '01'.repeat(32), pubkey: alice, d: 'kept', createdAt: now - 500 })
  const gone = ticket({ id: '02'.repeat(32), pubkey: bob, d: 'gone', createdAt: now - 500 })
  const reposted = ticket({ id: '03'.repeat(32), pubkey: bob, d: 'again', createdAt: now - 10 })

  it('drops a ticket its author deleted at or after that version, keeps a newer version', () => {
    const deleted = new Map([
      [`${bob}:gone`, now - 500],
      [`${bob}:again`, now - 100],
    ])
    expect(liveTickets([kept, gone, reposted], deleted, now).map((t) => t.d)).toEqual([
      'kept',
      'again',
    ])
  })

  it('hides a ticket dated more than a quarter of an hour in the future', () => {
    const future = ticket({
      id: '04'.repeat(32),
      pubkey: alice,
      d: 'future',
      createdAt: now + 3600,
    })
    const skewed = ticket({ id: '05'.repeat(32), pubkey: alice, d: 'skewed', createdAt: now + 60 })
    expect(liveTickets([future, skewed], new Map(), now).map((t) => t.d)).toEqual(['skewed'])
  })

  it('sorts an edited ticket by when it was first posted, and nobody can pin one to the top', () => {
    const old = ticket({ id: '06'.repeat(32), pubkey: alice, d: 'old', publishedAt: now - 9000 })
    const edited = { ...old, createdAt: now - 1 }
    const liar = ticket({
      id: '07'.repeat(32),
      pubkey: bob,
      d: 'liar',
      publishedAt: now + 99_999,
      createdAt: now - 5000,
    })
    expect(postedAt(edited)).toBe(now - 9000)
    expect(postedAt(liar)).toBe(now - 5000)
  })
})
