import { describe, expect, it } from 'vitest'
import type { LedgerEntry } from '@/hooks/use-payment-ledger'
import { groupByDeal, ledgerTotals } from './ledger-groups'

const ALICE = 'a'.repeat(64)
const DAVE = 'd'.repeat(64)
const TICKET = `32767:${ALICE}:node`
const offer = { kind: 32768, pubkey: DAVE, d: 'offer-1' }

const entry = (
  id: string,
  sats: number,
  state: LedgerEntry['state'],
  more: Partial<LedgerEntry> = {},
): LedgerEntry => ({
  request: { id, offer, msats: sats * 1000 },
  direction: 'in',
  counterpart: ALICE,
  ticket: TICKET,
  subject: 'Node stuck',
  at: 1_700_000_000,
  state,
  ...more,
})

describe('the payment ledger by deal', () => {
  it('puts the requests of one ticket, counterpart and offer together, with asked and proven-paid sats', () => {
    const deals = groupByDeal([entry('r1', 1_200, 'paid'), entry('r2', 800, 'unpaid')])
    expect(deals).toHaveLength(1)
    expect(deals[0]).toMatchObject({
      ticket: TICKET,
      counterpart: ALICE,
      offer: `32768:${DAVE}:offer-1`,
      askedSats: 2_000,
      paidSats: 1_200,
    })
    expect(deals[0]?.entries.map((e) => e.request.id)).toEqual(['r1', 'r2'])
  })

  it('keeps another counterpart or another ticket apart', () => {
    const deals = groupByDeal([
      entry('r1', 100, 'paid'),
      entry('r2', 100, 'paid', { counterpart: DAVE }),
      entry('r3', 100, 'paid', { ticket: `32767:${ALICE}:other` }),
    ])
    expect(deals).toHaveLength(3)
  })

  it('totals only what is proven paid, received apart from paid; checking and failed count for nothing', () => {
    expect(
      ledgerTotals([
        entry('r1', 1_000, 'paid'),
        entry('r2', 500, 'paid', { direction: 'out' }),
        entry('r3', 700, 'checking', { direction: 'out' }),
        entry('r4', 900, 'failed', { direction: 'out' }),
        entry('r5', 300, 'unpaid'),
      ]),
    ).toEqual({ received: { sats: 1_000, count: 1 }, paid: { sats: 500, count: 1 } })
  })
})
