import { describe, expect, it } from 'vitest'
import type { Ticket } from '@/nostr/ticket'
import { Kind } from '@/nostr/kinds'
import { postedAt } from './ticket'

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

describe('postedAt', () => {
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
