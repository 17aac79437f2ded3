import { describe, expect, it } from 'vitest'
import {
  parseBudget,
  ticketFormProblems,
  ticketInputFromForm,
  titleLength,
} from './ticket-form-values'

const form = { title: 'Coldcard refuses my PSBT', description: 'Details', topics: [], budget: '' }

describe('ticket form values', () => {
  it('reads budgets as people type them', () => {
    expect(parseBudget('')).toBeUndefined()
    expect(parseBudget('21000')).toBe(21000)
    expect(parseBudget('21,000')).toBe(21000)
    expect(parseBudget(' 21 000 ')).toBe(21000)
    expect(parseBudget('0.5')).toBeNaN()
    expect(parseBudget('-5')).toBeNaN()
    expect(parseBudget('lots')).toBeNaN()
  })

  it('counts an emoji as one character of the 140', () => {
    expect(titleLength('🔥'.repeat(140))).toBe(140)
    expect(ticketFormProblems({ ...form, title: '🔥'.repeat(140) })).toEqual({})
    expect(ticketFormProblems({ ...form, title: 'x'.repeat(142) })).toEqual({
      title: 'The title is 2 characters too long (at most 140).',
    })
  })

  it('asks for a title and a readable budget', () => {
    expect(ticketFormProblems({ ...form, title: '  ', budget: 'ten' })).toEqual({
      title: 'Give your ticket a short title.',
      budget: 'Write the budget as a whole number of sats, like 25000.',
    })
  })

  it('turns the form into the ticket input: trimmed title, slugs, sats, direct request', () => {
    const troubleshooter = 'b'.repeat(64)
    expect(
      ticketInputFromForm({
        ...form,
        title: '  Coldcard refuses my PSBT ',
        topics: ['coldcard', 'Stuck TX'],
        budget: '5,000',
        troubleshooter,
      }),
    ).toEqual({
      title: 'Coldcard refuses my PSBT',
      description: 'Details',
      topics: ['coldcard', 'stuck-tx'],
      budget: 5000,
      troubleshooter,
    })
    expect(ticketInputFromForm(form)).toEqual({
      title: 'Coldcard refuses my PSBT',
      description: 'Details',
      topics: [],
    })
  })
})
