import { formatSats } from '@/components/ui/format-sats'
import type { Pricing } from '@/nostr/pricing'
import { perHourToPerMinute } from '@/nostr/pricing'

/** A per-minute rate for people: at most two decimals, no trailing zeros ("16.67", "10"). */
export const formatPerMinute = (satsPerMinute: number): string =>
  String(Math.round(satsPerMinute * 100) / 100)

/** "25,000 sats fixed" or "10 sats/min (600 sats/h)". */
export const formatRate = (pricing: Pricing): string => {
  if (pricing.kind === 'fixed') return `${formatSats(pricing.sats)} fixed`
  const perMinute = formatPerMinute(perHourToPerMinute(pricing.satsPerHour))
  return `${perMinute} ${perMinute === '1' ? 'sat' : 'sats'}/min (${formatSats(pricing.satsPerHour)}/h)`
}
