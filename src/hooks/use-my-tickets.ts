import { useMemo } from 'react'
import { formatAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import { useMarketplace } from '@/stores/marketplace'
import { offersByTicket, ticketsBy } from '@/stores/marketplace-selectors'
import { useMarketplaceWatch } from './use-marketplace-watch'

const NO_TICKETS: Ticket[] = []

export type MyTickets = {
  /** The person's tickets they did not delete, newest first. */
  tickets: Ticket[]
  /** Offers on those tickets (not withdrawn), by ticket address, first made first. */
  offersByTicket: Record<string, Offer[]>
  /** Waiting for the relays' stored tickets. */
  loading: boolean
}

/** A person's tickets and the offers on them, kept live. */
export const useMyTickets = (pubkey: string | undefined): MyTickets => {
  const ticketFilters = useMemo(
    () => (pubkey ? [{ kinds: [Kind.Ticket], authors: [pubkey] }] : undefined),
    [pubkey],
  )
  const loading = useMarketplaceWatch(ticketFilters)
  const tickets = useMarketplace((state) => state.tickets)
  const offers = useMarketplace((state) => state.offers)
  const deletions = useMarketplace((state) => state.deletions)
  const mine = useMemo(
    () => (pubkey ? ticketsBy({ tickets, deletions }, pubkey) : NO_TICKETS),
    [tickets, deletions, pubkey],
  )
  // a string, so a new version of a ticket does not reopen the offers subscription
  const addressList = mine
    .map((ticket) => formatAddress(ticket.address))
    .sort()
    .join(' ')
  const offerFilters = useMemo(
    () => (addressList ? [{ kinds: [Kind.Offer], '#a': addressList.split(' ') }] : undefined),
    [addressList],
  )
  useMarketplaceWatch(offerFilters)
  const byTicket = useMemo(
    () => offersByTicket({ offers, deletions }, addressList ? addressList.split(' ') : []),
    [offers, deletions, addressList],
  )
  return { tickets: mine, offersByTicket: byTicket, loading }
}
