import { describe, expect, it } from 'vitest'
import { formatDate, formatTimeAgo } from './format-time-ago'

const now = 1_700_000_000

describe('formatTimeAgo', () => {
  it('says "just now" for the last minute and for clocks running ahead', () => {
    expect(formatTimeAgo(now - 59, now)).toBe('just now')
    expect(formatTimeAgo(now + 3600, now)).toBe('just now')
  })

  it('counts minutes, hours, days, weeks and months', () => {
    expect(formatTimeAgo(now - 60, now)).toBe('1 min ago')
    expect(formatTimeAgo(now - 59 * 60, now)).toBe('59 min ago')
    expect(formatTimeAgo(now - 3600, now)).toBe('1 hour ago')
    expect(formatTimeAgo(now - 5 * 3600, now)).toBe('5 hours ago')
    expect(formatTimeAgo(now - 86_400, now)).toBe('1 day ago')
    expect(formatTimeAgo(now - 6 * 86_400, now)).toBe('6 days ago')
    expect(formatTimeAgo(now - 14 * 86_400, now)).toBe('2 weeks ago')
    expect(formatTimeAgo(now - 100 * 86_400, now)).toBe('3 months ago')
  })

  it('shows the date once a timestamp is more than a year old', () => {
    expect(formatTimeAgo(1_600_000_000, now)).toBe('13 Sept 2020')
  })
})

describe('formatDate', () => {
  it('formats in UTC', () => {
    expect(formatDate(0)).toBe('1 Jan 1970')
  })

  it('writes dates as toLocaleDateString does in British English', () => {
    const options = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const
    for (let timestamp = -40_000_000_000; timestamp < 260_000_000_000; timestamp += 86_400_017) {
      const expected = new Date(timestamp * 1000).toLocaleDateString('en-GB', options)
      expect(formatDate(timestamp)).toBe(expected)
    }
    expect(formatDate(1e20)).toBe('Invalid Date')
  })
})
