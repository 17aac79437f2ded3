import { useMemo } from 'react'
import { formatAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import { useMarketplace } from '@/stores/marketplace'
import type { MyOffer } from '@/stores/marketplace-selectors'
import { myOffers } from '@/stores/marketplace-selectors'
import { useMarketplaceWatch } from './use-marketplace-watch'

export type { MyOffer } from '@/stores/marketplace-selectors'

const NO_OFFERS: MyOffer[] = []

/** One filter for the tickets at these addresses (`authors` × `#d`; extra matches are harmless). */
const ticketFilters = (addresses: readonly string[]) => {
  const parts = addresses.map((address) => address.split(':'))
  const authors = [...new Set(parts.map((part) => part[1] ?? ''))]
  const ds = [...new Set(parts.map((part) => part.slice(2).join(':')))]
  return [{ kinds: [Kind.Ticket], authors, '#d': ds }]
}

/** A troubleshooter's offers (newest first) with their tickets and Pending/Won/Lost, live. */
export const useMyOffers = (
  pubkey: string | undefined,
): { offers: MyOffer[]; loading: boolean } => {
  const offerFilters = useMemo(
    () => (pubkey ? [{ kinds: [Kind.Offer], authors: [pubkey] }] : undefined),
    [pubkey],
  )
  const loadingOffers = useMarketplaceWatch(offerFilters)
  const tickets = useMarketplace((state) => state.tickets)
  const offers = useMarketplace((state) => state.offers)
  const deletions = useMarketplace((state) => state.deletions)
  const list = useMemo(
    () => (pubkey ? myOffers({ tickets, offers, deletions }, pubkey) : NO_OFFERS),
    [tickets, offers, deletions, pubkey],
  )
  const ticketList = [...new Set(list.map(({ offer }) => formatAddress(offer.ticket)))]
    .sort()
    .join(' ')
  const filters = useMemo(
    () => (ticketList ? ticketFilters(ticketList.split(' ')) : undefined),
    [ticketList],
  )
  const loadingTickets = useMarketplaceWatch(filters)
  return { offers: list, loading: loadingOffers || loadingTickets }
}
