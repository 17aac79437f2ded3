import { useMemo } from 'react'
import type { Address } from '@/nostr/address'
import { formatAddress, readAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import type { Ticket } from '@/nostr/ticket'
import { isHidden, useMarketplace } from '@/stores/marketplace'
import { useMarketplaceWatch } from './use-marketplace-watch'

export type TicketState = {
  /** The newest version, unless its author deleted it. */
  ticket?: Ticket
  /** Waiting for the relays (false as soon as a version is known). */
  loading: boolean
  /** The author deleted the ticket (NIP-09). */
  deleted: boolean
}

/** Parses an address string (or passes an Address through) to its `<kind>:<pubkey>:<d>` form. */
export const ticketAddressKey = (address: string | Address | undefined): Address | undefined => {
  if (address === undefined) return undefined
  const read = readAddress(typeof address === 'string' ? address : formatAddress(address))
  return read.ok && read.value.kind === Kind.Ticket ? read.value : undefined
}

/** One ticket by address (`32767:<pubkey>:<d>`), kept live: edits, status changes, deletion. */
export const useTicket = (address: string | Address | undefined): TicketState => {
  const parsed = ticketAddressKey(address)
  const key = parsed ? formatAddress(parsed) : undefined
  const filters = useMemo(
    () =>
      parsed && key
        ? [
            { kinds: [Kind.Ticket], authors: [parsed.pubkey], '#d': [parsed.d] },
            { kinds: [Kind.Deletion], '#a': [key] },
          ]
        : undefined,
    // the key says everything the filters depend on
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  )
  const watching = useMarketplaceWatch(filters)
  const version = useMarketplace((state) => (key ? state.tickets[key] : undefined))
  const deletedAt = useMarketplace((state) => (key ? state.deleted[key] : undefined))
  const deletedById = useMarketplace((state) =>
    version ? state.deletedIds[version.id] === version.pubkey : false,
  )
  const hidden = version
    ? isHidden(version, {
        deleted: deletedAt === undefined || !key ? {} : { [key]: deletedAt },
        deletedIds: deletedById ? { [version.id]: version.pubkey } : {},
      })
    : deletedAt !== undefined
  return {
    ticket: version && !hidden ? version : undefined,
    loading: watching && !version && deletedAt === undefined,
    deleted: hidden,
  }
}
