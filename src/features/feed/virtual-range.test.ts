import { describe, expect, it } from 'vitest'
import { rowOffsets, visibleRows } from './virtual-range'

describe('virtual rows', () => {
  const offsets = rowOffsets(10_000, (index) => (index % 2 ? 100 : 200))

  it('adds up row heights', () => {
    expect(offsets[0]).toBe(0)
    expect(offsets[3]).toBe(500)
    expect(offsets[10_000]).toBe(1_500_000)
  })

  it('renders only the rows around the viewport', () => {
    expect(visibleRows(offsets, 0, 800, 0, 40)).toEqual({ start: 0, end: 5 })
    // from y=750_000 (row 5000 starts there) for 600 px, 300 px overscan each side
    expect(visibleRows(offsets, 750_000, 750_600, 300, 40)).toEqual({ start: 4998, end: 5006 })
  })

  it('never renders more than the cap, even for a huge viewport', () => {
    const { start, end } = visibleRows(offsets, 0, 1_000_000, 0, 40)
    expect(end - start).toBe(40)
  })

  it('copes with no rows and with a list scrolled past', () => {
    expect(
      visibleRows(
        rowOffsets(0, () => 100),
        0,
        800,
        0,
        40,
      ),
    ).toEqual({ start: 0, end: 0 })
    expect(visibleRows(offsets, 2_000_000, 2_000_800, 0, 40)).toEqual({ start: 9999, end: 10_000 })
  })
})
