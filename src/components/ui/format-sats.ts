/**
 * A whole number with its thousands grouped, "1,234,567", as `toLocaleString('en-US')` writes it
 * but without Intl: the page's first use of Intl costs ~25 ms (~100 ms on a mid-range phone), and
 * the feed's first screen would pay it for a ticket count and a budget.
 */
export function groupThousands(whole: number): string {
  return Number.isSafeInteger(whole) && whole >= 0
    ? String(whole).replace(/\B(?=(\d{3})+$)/g, ',')
    : whole.toLocaleString('en-US')
}

/** A whole number of sats for people: "21,000 sats", "1 sat". */
export function formatSats(sats: number): string {
  const whole = Math.max(0, Math.round(sats))
  return `${groupThousands(whole)} ${whole === 1 ? 'sat' : 'sats'}`
}
