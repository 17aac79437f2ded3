import { describe, expect, it } from 'vitest'
import { nextUntil } from './ticket-paging'

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
