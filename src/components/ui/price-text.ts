import { formatSats } from '@/components/ui/format-sats'
import type { Pricing } from '@/nostr/pricing'
import { perHourToPerMinute } from '@/nostr/pricing'

/** An offer's price for people: the main figure and a line that explains it. */
export type PriceText = { main: string; detail: string }

/** Sats with up to two decimals, for per-minute rates that do not divide evenly. */
const formatRate = (sats: number): string =>
  `${sats.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${sats === 1 ? 'sat' : 'sats'}`

/**
 * Fixed prices in sats; time-based prices per minute (as people enter them) and per hour (as the
 * wire carries them). Offers from before SatShoot's switch were per minute and say so.
 */
export function describePrice(pricing: Pricing): PriceText {
  if (pricing.kind === 'fixed') return { main: formatSats(pricing.sats), detail: 'Fixed price' }
  const perMinute = perHourToPerMinute(pricing.satsPerHour)
  const perHour = `${formatSats(pricing.satsPerHour)} per hour`
  return {
    main: `${formatRate(perMinute)} / min`,
    detail: pricing.legacyPerMinute
      ? `${perHour} · priced per minute (an older offer)`
      : `Time-based · ${perHour}`,
  }
}

/** A price in one line: "21,000 sats" or "100 sats / min (6,000 sats per hour)". */
export function priceLine(pricing: Pricing): string {
  if (pricing.kind === 'fixed') return formatSats(pricing.sats)
  return `${describePrice(pricing).main} (${formatSats(pricing.satsPerHour)} per hour)`
}
