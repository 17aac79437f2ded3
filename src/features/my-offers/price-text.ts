import { formatSats } from '@/components/ui/format-sats'
import type { Pricing } from '@/nostr/pricing'
import { perHourToPerMinute } from '@/nostr/pricing'

/**
 * An offer's price in one line: "21,000 sats" or "100 sats / min (6,000 sats per hour)".
 * (The ticket page has a two-line version; features do not share code, see the lint rules.)
 */
export function priceText(pricing: Pricing): string {
  if (pricing.kind === 'fixed') return formatSats(pricing.sats)
  const perMinute = perHourToPerMinute(pricing.satsPerHour)
  const rate = perMinute.toLocaleString('en-US', { maximumFractionDigits: 2 })
  return `${rate} ${perMinute === 1 ? 'sat' : 'sats'} / min (${formatSats(pricing.satsPerHour)} per hour)`
}
