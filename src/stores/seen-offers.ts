import type { Offer } from '@/nostr/offer'

/** When the Bitcoiner last looked at each of their tickets' offers: ticket address → unix s. */
export type SeenOffers = Record<string, number>

/** localStorage key of the last-seen times, per signed-in person. */
export const seenOffersKey = (pubkey: string): string => `bt:seen-offers:${pubkey}`

/** Reads the stored map; anything damaged or odd is ignored rather than trusted. */
export const parseSeenOffers = (json: string | null): SeenOffers => {
  if (!json) return {}
  try {
    const value: unknown = JSON.parse(json)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, number] =>
          typeof entry[1] === 'number' && Number.isSafeInteger(entry[1]) && entry[1] >= 0,
      ),
    )
  } catch {
    return {}
  }
}

/** Offers made after the ticket was last looked at (all of them if it never was). */
export const countNewOffers = (offers: readonly Offer[], seenAt: number | undefined): number =>
  seenAt === undefined
    ? offers.length
    : offers.filter((offer) => Math.min(offer.publishedAt, offer.createdAt) > seenAt).length

export const loadSeenOffers = (pubkey: string): SeenOffers => {
  try {
    return parseSeenOffers(localStorage.getItem(seenOffersKey(pubkey)))
  } catch {
    return {}
  }
}

/** Records that the person looked at a ticket's offers now; returns the new map. */
export const markOffersSeen = (pubkey: string, ticketAddress: string, now: number): SeenOffers => {
  const next = { ...loadSeenOffers(pubkey), [ticketAddress]: now }
  try {
    localStorage.setItem(seenOffersKey(pubkey), JSON.stringify(next))
  } catch {
    // private mode or a full disk: the count just stays as it was
  }
  return next
}
