import { useEffect, useMemo } from 'react'
import type { PersonReputation } from '@/nostr/reputation-person'
import { deviceStorage } from '@/storage/device-storage'
import { lightningNetwork } from '@/storage/lightning-network'
import { useMarketplace } from '@/stores/marketplace'
import { useRelays } from '@/stores/relays'
import type { ZapSigner } from '@/stores/reviews'
import { useReviews } from '@/stores/reviews'
import { reputationFromStores } from '@/stores/reviews-reputation'
import { watchPersonReputation } from '@/stores/reviews-sync'

/** A person's reputation as a screen shows it. */
export type PersonReputationView = {
  /** `loading` until the relays sent what they had stored; the figures are live either way. */
  status: 'loading' | 'ready'
  /** Every figure with its "how", unverified reviews and uncheckable earnings apart. */
  reputation: PersonReputation
  /**
   * Who signs their zap receipts (their lightning address's server). Undefined while nobody zapped
   * them; `unverifiable` with the reason when their earnings cannot be checked (never counted).
   */
  zapSigner?: ZapSigner
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * The reputation of `pubkey` (see docs/CONTRACTS.md, "Reputation"), computed on this device from
 * what it can verify, kept live as reviews, deals and zap receipts arrive. Every component asking
 * about the same person shares one set of relay subscriptions and one computation, so a badge per
 * offer costs little. Undefined without a pubkey.
 */
export const usePersonReputation = (
  pubkey: string | undefined,
): PersonReputationView | undefined => {
  // watch again (on the new relays) when the relay list changes
  const relays = useRelays((state) => state.relays.map((relay) => relay.url).join(' '))
  useEffect(() => (pubkey ? watchPersonReputation(pubkey) : undefined), [pubkey, relays])
  const tickets = useMarketplace((state) => state.tickets)
  const offers = useMarketplace((state) => state.offers)
  const reviews = useReviews((state) => state.reviews)
  const zapReceipts = useReviews((state) => state.zapReceipts)
  const zapSigners = useReviews((state) => state.zapSigners)
  const nutzaps = useReviews((state) => state.nutzaps)
  const orders = useReviews((state) => state.orders)
  const cards = useReviews((state) => state.cards)
  const settled = useReviews((state) => (pubkey ? state.settled[pubkey] === true : false))
  const reputation = useMemo(
    () =>
      pubkey
        ? reputationFromStores(
            pubkey,
            {
              market: { tickets, offers },
              reviews: { reviews, zapReceipts, zapSigners, nutzaps, orders, cards },
            },
            nowSeconds(),
            lightningNetwork(deviceStorage()),
          )
        : undefined,
    [pubkey, tickets, offers, reviews, zapReceipts, zapSigners, nutzaps, orders, cards],
  )
  const zapSigner = pubkey ? zapSigners[pubkey] : undefined
  if (!pubkey || !reputation) return undefined
  return { status: settled ? 'ready' : 'loading', reputation, ...(zapSigner && { zapSigner }) }
}
