import { describe, expect, it } from 'vitest'
import { makeTroubleshooterCard, readTroubleshooterCard } from '@/nostr/troubleshooter-card'
import { sign, valueOf } from '@tests/support/nostr-fixtures'
import {
  cardFormProblems,
  cardInputFromForm,
  emptyCardForm,
  formFromCard,
} from './card-form-values'

describe('card form values', () => {
  it('round-trips a per-minute card through the wire (sats per hour) and back', () => {
    const values = {
      title: ' Coldcard and Sparrow help ',
      topics: ['coldcard', 'sparrow'],
      rate: { kind: 'per-minute' as const, amount: '12.5' },
      available: false,
      about: 'Ten years of **hardware wallets**.',
    }
    const input = cardInputFromForm(values)
    expect(input.pricing).toEqual({ kind: 'per-minute', satsPerMinute: 12.5 })
    const event = sign(
      'troubleshooter',
      makeTroubleshooterCard({ ...input, d: 'card' }, 1760000000),
    )
    expect(event.tags).toContainEqual(['amount', '750'])
    expect(event.tags).toContainEqual(['s', '0'])
    expect(formFromCard(valueOf(readTroubleshooterCard(event)))).toEqual({
      ...values,
      title: 'Coldcard and Sparrow help',
    })
  })

  it('asks for a title and a readable amount', () => {
    expect(cardFormProblems(emptyCardForm())).toEqual({
      title: 'Give your card a title, e.g. "Coldcard and Sparrow help".',
      rate: 'Write the rate in sats per minute, like 50 or 12.5.',
    })
    expect(
      cardFormProblems({ ...emptyCardForm(), title: 'x', rate: { kind: 'fixed', amount: '2.5' } }),
    ).toEqual({ rate: 'Write the price as a whole number of sats, like 25000.' })
    expect(
      cardFormProblems({
        ...emptyCardForm(),
        title: 'x',
        rate: { kind: 'fixed', amount: '25,000' },
      }),
    ).toEqual({})
  })
})
