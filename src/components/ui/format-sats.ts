/** A whole number of sats for people: "21,000 sats", "1 sat". */
export function formatSats(sats: number): string {
  const whole = Math.max(0, Math.round(sats))
  return `${whole.toLocaleString('en-US')} ${whole === 1 ? 'sat' : 'sats'}`
}
