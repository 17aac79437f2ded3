import { useMemo } from 'react'
import { Kind } from '@/nostr/kinds'
import type { Offer } from '@/nostr/offer'
import { useMarketplace } from '@/stores/marketplace'
import { offersOnTicket } from '@/stores/marketplace-selectors'
import { useMarketplaceWatch } from './use-marketplace-watch'

const NO_OFFERS: Offer[] = []

/** The offers on a ticket (kind 32768 with its `#a`), not withdrawn, first made first; live. */
export const useTicketOffers = (
  ticketAddress: string | undefined,
): { offers: Offer[]; loading: boolean } => {
  const filters = useMemo(
    () => (ticketAddress ? [{ kinds: [Kind.Offer], '#a': [ticketAddress] }] : undefined),
    [ticketAddress],
  )
  const loading = useMarketplaceWatch(filters)
  const offers = useMarketplace((state) => state.offers)
  const deletions = useMarketplace((state) => state.deletions)
  const list = useMemo(
    () => (ticketAddress ? offersOnTicket({ offers, deletions }, ticketAddress) : NO_OFFERS),
    [offers, deletions, ticketAddress],
  )
  return { offers: list, loading }
}
