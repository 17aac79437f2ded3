import { describe, expect, it } from 'vitest'
import { FIXED_NOW, ticketValue } from '@tests/support/nostr-fixtures'
import { postedAt } from './ticket'

const alice = 'a1'.repeat(32)
const bob = 'b2'.repeat(32)
const now = FIXED_NOW
const ticket = ticketValue

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
