import type { Address } from '@/nostr/address'
import { formatAddress, readAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import type { Ticket } from '@/nostr/ticket'
import { isAddressDeleted, isHidden, useMarketplace } from '@/stores/marketplace'
import { useMarketplaceWatch } from './use-marketplace-watch'

export type TicketState = {
  /** The newest version, unless its author deleted it. */
  ticket?: Ticket
  /** Waiting for the relays (false as soon as a version is known). */
  loading: boolean
  /** The author deleted the ticket (NIP-09). */
  deleted: boolean
}

/** A ticket address from its string form (or an Address); undefined when it is not one. */
export const readTicketAddress = (address: string | Address | undefined): Address | undefined => {
  if (address === undefined) return undefined
  const read = readAddress(typeof address === 'string' ? address : formatAddress(address))
  return read.ok && read.value.kind === Kind.Ticket ? read.value : undefined
}

/** One ticket by address (`32767:<pubkey>:<d>`), kept live: edits, status changes, deletion. */
export const useTicket = (address: string | Address | undefined): TicketState => {
  const parsed = readTicketAddress(address)
  const key = parsed ? formatAddress(parsed) : undefined
  // a new array each render is fine: the watch is keyed by what the filters ask for
  const filters =
    parsed && key
      ? [
          { kinds: [Kind.Ticket], authors: [parsed.pubkey], '#d': [parsed.d] },
          { kinds: [Kind.Deletion], '#a': [key] },
        ]
      : undefined
  const watching = useMarketplaceWatch(filters)
  const version = useMarketplace((state) => (key ? state.tickets[key] : undefined))
  const hidden = useMarketplace((state) =>
    version ? isHidden(version, state) : key !== undefined && isAddressDeleted(key, state),
  )
  return {
    ticket: version && !hidden ? version : undefined,
    loading: watching && !version && !hidden,
    deleted: hidden,
  }
}
