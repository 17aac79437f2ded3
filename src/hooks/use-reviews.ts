import { useEffect, useMemo, useState } from 'react'
import type { NostrEvent } from 'nostr-tools'
import { formatAddress } from '@/nostr/address'
import type { Verification } from '@/nostr/reputation-verify'
import { verifyReview } from '@/nostr/reputation-verify'
import type { Review } from '@/nostr/review'
import { readReview } from '@/nostr/review'
import type { Ticket } from '@/nostr/ticket'
import { isNewerVersion } from '@/nostr/versions'
import { useMarketplace } from '@/stores/marketplace'
import { usePublishOutbox } from '@/stores/publish-outbox'
import { useRelays } from '@/stores/relays'
import { useReviews } from '@/stores/reviews'
import { watchDealReviews } from '@/stores/reviews-deal-sync'
import { dealIndexOf } from '@/stores/reviews-reputation'
import { reviewEventsAbout, reviewedAddressOf } from '@/stores/reviews-selectors'

/** One review of a deal, read and checked. */
export type DealReview = {
  event: NostrEvent
  review: Review
  /** Verified only when its author was the other party of this deal. */
  verification: Verification
  /** Still in the outbox: no relay (or not every relay) took it yet. */
  waiting: boolean
}

/** The reviews of one deal (a closed ticket and its accepted offer). */
export type DealReviews = {
  /** True until the relays sent what they had stored. */
  loading: boolean
  /** The Bitcoiner's newest review of the troubleshooter: the one that counts. */
  ofTroubleshooter?: DealReview
  /** The troubleshooter's newest review of the Bitcoiner: the one that counts. */
  ofBitcoiner?: DealReview
  /** Reviews of this deal by anyone else, newest first: shown apart, never counted. */
  others: DealReview[]
}

const EMPTY: DealReviews = { loading: false, others: [] }

const newer = (a: DealReview, b: DealReview | undefined) =>
  isNewerVersion(
    { id: a.event.id, createdAt: a.event.created_at },
    b && { id: b.event.id, createdAt: b.event.created_at },
  )

/**
 * The reviews of the deal on `ticket` (its ticket and accepted offer), kept live: each party's
 * newest review, verified against the deal, and anyone else's apart. Includes the signed-in
 * person's own review while it waits in the outbox.
 */
export const useDealReviews = (ticket: Ticket): DealReviews => {
  const offer = ticket.acceptedOffer
  const ticketKey = formatAddress(ticket.address)
  const offerKey = offer && formatAddress(offer)
  const key = offerKey ? `${ticketKey} ${offerKey}` : undefined
  const relays = useRelays((state) => state.relays.map((relay) => relay.url).join(' '))
  const [eosedKey, setEosedKey] = useState<string>()
  useEffect(() => {
    if (!key) return
    return watchDealReviews(key.split(' '), { onEose: () => setEosedKey(key) })
  }, [key, relays])

  const tickets = useMarketplace((state) => state.tickets)
  const offers = useMarketplace((state) => state.offers)
  const reviews = useReviews((state) => state.reviews)
  const orders = useReviews((state) => state.orders)
  const cards = useReviews((state) => state.cards)
  const jobs = usePublishOutbox((state) => state.jobs)

  const found = useMemo(() => {
    if (!offer || !offerKey) return EMPTY
    const deals = dealIndexOf({ market: { tickets, offers }, reviews: { orders, cards } })
    const events = [
      ...reviewEventsAbout({ reviews }, jobs, offer.pubkey).filter(
        (event) => reviewedAddressOf(event) === offerKey,
      ),
      ...reviewEventsAbout({ reviews }, jobs, ticket.pubkey).filter(
        (event) => reviewedAddressOf(event) === ticketKey,
      ),
    ]
    const result: DealReviews = { loading: false, others: [] }
    for (const event of events) {
      const read = readReview(event)
      if (!read.ok) continue
      const verification = verifyReview(read.value, deals)
      const item = {
        event,
        review: read.value,
        verification,
        waiting: jobs[event.id] !== undefined,
      }
      const party = read.value.about === 'troubleshooter' ? ticket.pubkey : offer.pubkey
      if (!verification.verified || event.pubkey !== party) {
        result.others.push(item)
        continue
      }
      const side = read.value.about === 'troubleshooter' ? 'ofTroubleshooter' : 'ofBitcoiner'
      if (newer(item, result[side])) result[side] = item
    }
    result.others.sort((a, b) => b.event.created_at - a.event.created_at)
    return result
  }, [offer, offerKey, ticketKey, ticket.pubkey, tickets, offers, reviews, orders, cards, jobs])
  return { ...found, loading: key !== undefined && eosedKey !== key }
}
