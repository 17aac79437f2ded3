import { describe, expect, it } from 'vitest'
import { dueFrom, isDueAt } from './clock'

describe('isDueAt', () => {
  const now = 1_700_000_000
  it('accepts the past and up to 15 minutes ahead', () => {
    expect(isDueAt(now - 3600, now)).toBe(true)
    expect(isDueAt(now + 900, now)).toBe(true)
  })
  it('holds back an event dated further ahead, until its time', () => {
    expect(isDueAt(now + 901, now)).toBe(false)
    expect(isDueAt(now + 901, dueFrom(now + 901))).toBe(true)
  })
})
