import { describe, expect, it } from 'vitest'
import { nextUntil, pagingFrontier } from './ticket-paging'

describe('nextUntil', () => {
  it('continues from the oldest ticket of a page, inclusive, so same-second tickets are kept', () => {
    const page = [
      { createdAt: 1000, isNew: true },
      { createdAt: 990, isNew: true },
      { createdAt: 995, isNew: false },
    ]
    expect(nextUntil(page)).toBe(990)
  })

  it('moves one second back when a page brought nothing new', () => {
    expect(nextUntil([{ createdAt: 990, isNew: false }])).toBe(989)
  })

  it('stops when the relay has nothing older', () => {
    expect(nextUntil([])).toBeUndefined()
    expect(nextUntil([{ createdAt: 0, isNew: false }])).toBeUndefined()
  })
})

describe('pagingFrontier', () => {
  it('is the newest cursor among relays that may hold older tickets', () => {
    const relays = [
      { cursor: 5000, done: false },
      { cursor: 3000, done: false },
      { cursor: 9000, done: true },
      { done: false, late: true },
    ]
    expect(pagingFrontier(relays)).toBe(5000)
  })

  it('holds everything back while a relay has yet to answer, until it is late', () => {
    expect(pagingFrontier([{ cursor: 5000, done: false }, { done: false }])).toBe(Infinity)
    expect(
      pagingFrontier([
        { cursor: 5000, done: false },
        { done: false, late: true },
      ]),
    ).toBe(5000)
  })

  it('holds nothing back once no relay is still paging', () => {
    expect(
      pagingFrontier([
        { cursor: 5000, done: true },
        { done: false, late: true },
      ]),
    ).toBe(-Infinity)
    expect(pagingFrontier([])).toBe(-Infinity)
  })
})
