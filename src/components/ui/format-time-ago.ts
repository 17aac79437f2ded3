const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WEEK = 7 * DAY
const YEAR = 365 * DAY

/**
 * How long ago a unix timestamp (seconds) was, as short English words ("5 min ago", "3 days
 * ago"). Times in the future (a peer's clock running fast) read as "just now"; anything older
 * than a year shows the date.
 */
export function formatTimeAgo(timestamp: number, now: number): string {
  const seconds = Math.floor(now - timestamp)
  if (seconds < MINUTE) return 'just now'
  if (seconds < HOUR) return `${Math.floor(seconds / MINUTE)} min ago`
  if (seconds < DAY) return plural(Math.floor(seconds / HOUR), 'hour')
  if (seconds < WEEK) return plural(Math.floor(seconds / DAY), 'day')
  if (seconds < 5 * WEEK) return plural(Math.floor(seconds / WEEK), 'week')
  if (seconds < YEAR) return plural(Math.floor(seconds / (30 * DAY)), 'month')
  return formatDate(timestamp)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']

/**
 * A unix timestamp (seconds) as a calendar date, e.g. "3 Mar 2024" (UTC, so tests are stable), as
 * `toLocaleDateString('en-GB')` writes it. Spelled out here for years 1000–9999, because every
 * ticket row shows a date and the page's first use of Intl costs ~25 ms (see groupThousands).
 */
export function formatDate(timestamp: number): string {
  const date = new Date(timestamp * 1000)
  const year = date.getUTCFullYear()
  if (!(year >= 1000 && year <= 9999)) {
    return date.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
  }
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${year}`
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`
}
