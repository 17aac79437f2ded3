import { describe, expect, it } from 'vitest'
import { isNewerVersion, newestEvent, newestVersion } from './versions'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)

describe('isNewerVersion', () => {
  it('takes any version over none', () => {
    expect(isNewerVersion({ id: B, createdAt: 1 }, undefined)).toBe(true)
  })
  it('takes the later created_at', () => {
    expect(
      isNewerVersion({ id: B, createdAt: 1_700_000_001 }, { id: A, createdAt: 1_700_000_000 }),
    ).toBe(true)
    expect(
      isNewerVersion({ id: A, createdAt: 1_700_000_000 }, { id: B, createdAt: 1_700_000_001 }),
    ).toBe(false)
  })
  it('breaks a tie on the same second with the lower id', () => {
    expect(
      isNewerVersion({ id: A, createdAt: 1_700_000_000 }, { id: B, createdAt: 1_700_000_000 }),
    ).toBe(true)
    expect(
      isNewerVersion({ id: B, createdAt: 1_700_000_000 }, { id: A, createdAt: 1_700_000_000 }),
    ).toBe(false)
  })
  it('does not replace a version with itself', () => {
    expect(isNewerVersion({ id: A, createdAt: 5 }, { id: A, createdAt: 5 })).toBe(false)
  })
})

describe('newestVersion', () => {
  it('picks the winner whatever the order', () => {
    const versions = [
      { id: B, createdAt: 10 },
      { id: A, createdAt: 10 },
      { id: B, createdAt: 9 },
    ]
    expect(newestVersion(versions)).toEqual({ id: A, createdAt: 10 })
    expect(newestVersion([...versions].reverse())).toEqual({ id: A, createdAt: 10 })
    expect(newestVersion([])).toBeUndefined()
  })
})

describe('newestEvent', () => {
  it('returns the raw event that wins', () => {
    const older = { id: A, created_at: 9, content: 'older' }
    const tieLow = { id: A, created_at: 10, content: 'tie, lower id' }
    const tieHigh = { id: B, created_at: 10, content: 'tie, higher id' }
    expect(newestEvent([older, tieHigh, tieLow])).toBe(tieLow)
    expect(newestEvent([])).toBeUndefined()
  })
})
