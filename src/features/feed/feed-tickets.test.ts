import { describe, expect, it } from 'vitest'
import type { Ticket } from '@/nostr/ticket'
import { Kind } from '@/nostr/kinds'
import { feedTickets, newerTicket, ticketKey } from './feed-tickets'

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

describe('feedTickets', () => {
  const old = ticket({
    id: '01'.repeat(32),
    pubkey: alice,
    d: 'old',
    publishedAt: now - 9000,
    createdAt: now - 9000,
  })
  const fresh = ticket({
    id: '02'.repeat(32),
    pubkey: bob,
    d: 'fresh',
    publishedAt: now - 60,
    createdAt: now - 60,
  })
  const taken = ticket({ id: '03'.repeat(32), pubkey: bob, d: 'taken', status: 'in-progress' })

  it('shows only New tickets, newest first, by default', () => {
    expect(feedTickets([old, taken, fresh], 'new', now).map((t) => t.d)).toEqual(['fresh', 'old'])
  })

  it('shows every status when asked', () => {
    expect(feedTickets([old, taken, fresh], 'all', now).map((t) => t.d)).toEqual([
      'fresh',
      'taken',
      'old',
    ])
  })

  it('sorts an edited ticket by when it was first posted, not by its last edit', () => {
    const edited = { ...old, createdAt: now - 1 }
    expect(feedTickets([edited, fresh], 'new', now).map((t) => t.d)).toEqual(['fresh', 'old'])
  })

  it('cannot be pinned to the top with a published_at or created_at in the future', () => {
    const liar = ticket({
      id: '04'.repeat(32),
      pubkey: alice,
      d: 'liar',
      publishedAt: now + 99_999,
      createdAt: now - 5000,
    })
    const future = ticket({
      id: '05'.repeat(32),
      pubkey: alice,
      d: 'future',
      publishedAt: now + 86_400,
      createdAt: now + 86_400,
    })
    expect(feedTickets([liar, future, fresh], 'new', now).map((t) => t.d)).toEqual([
      'fresh',
      'liar',
    ])
  })
})
