import { create } from 'zustand'
import type { Address } from '@/nostr/address'
import { formatAddress } from '@/nostr/address'
import type { Deletion, DeletionIndex } from '@/nostr/deletion'
import { addDeletions, emptyDeletionIndex, isDeleted } from '@/nostr/deletion'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'
import { isNewerVersion } from '@/nostr/versions'

/** What every stored entity has: one version of an addressable event. */
export type Versioned = { id: string; pubkey: string; createdAt: number; address: Address }

/**
 * The one read model of the marketplace: every screen (feed, ticket page, my tickets and offers,
 * notifications, directory) and every command reads it. Fed by src/stores/marketplace-sync.ts
 * with verified events only (relays and this device's cache), newest version per address.
 */
export type MarketplaceState = {
  /** Newest verified, readable version of each ticket, by address string. */
  tickets: Record<string, Ticket>
  offers: Record<string, Offer>
  cards: Record<string, TroubleshooterCard>
  /** Every NIP-09 deletion seen, indexed by src/nostr/deletion.ts. */
  deletions: DeletionIndex
  /** Addresses of tickets first seen live (after relays sent what they had stored), oldest first. */
  arrivals: string[]
}

/** Everything one relay burst brought, applied in a single store update. */
export type MarketplaceBatch = {
  tickets?: readonly Ticket[]
  offers?: readonly Offer[]
  cards?: readonly TroubleshooterCard[]
  deletions?: readonly Deletion[]
  /** The batch arrived live: tickets unknown until now are recorded as arrivals. */
  live?: boolean
}

type MarketplaceActions = {
  /** Applies a whole batch at once (one re-render for a burst of events). */
  applyBatch: (batch: MarketplaceBatch) => void
  /** Takes back a version no relay took (the person discarded it). */
  retract: (eventId: string) => void
}

export const emptyMarketplace = (): MarketplaceState => ({
  tickets: {},
  offers: {},
  cards: {},
  deletions: emptyDeletionIndex(),
  arrivals: [],
})

/** Merges versions into a map by address; returns the same map when nothing changed. */
export const mergeNewest = <T extends Versioned>(
  map: Record<string, T>,
  items: readonly T[],
): Record<string, T> => {
  let next = map
  for (const item of items) {
    const key = formatAddress(item.address)
    if (!isNewerVersion(item, next[key])) continue
    if (next === map) next = { ...map }
    next[key] = item
  }
  return next
}

const newArrivals = (state: MarketplaceState, batch: MarketplaceBatch): string[] => {
  if (!batch.live || !batch.tickets?.length) return state.arrivals
  const fresh = batch.tickets
    .map((ticket) => formatAddress(ticket.address))
    .filter((key, index, all) => state.tickets[key] === undefined && all.indexOf(key) === index)
  return fresh.length === 0 ? state.arrivals : [...state.arrivals, ...fresh]
}

/** Applies a batch to a state; unchanged parts keep their identity (selectors stay stable). */
export const reduceBatch = (
  state: MarketplaceState,
  batch: MarketplaceBatch,
): MarketplaceState => ({
  tickets: mergeNewest(state.tickets, batch.tickets ?? []),
  offers: mergeNewest(state.offers, batch.offers ?? []),
  cards: mergeNewest(state.cards, batch.cards ?? []),
  deletions: addDeletions(state.deletions, batch.deletions ?? []),
  arrivals: newArrivals(state, batch),
})

const without = <T extends { id: string }>(map: Record<string, T>, id: string) => {
  const key = Object.keys(map).find((k) => map[k]?.id === id)
  if (key === undefined) return map
  const { [key]: _gone, ...rest } = map
  return rest
}

/** Whether the author deleted this version (the rule in src/nostr/deletion.ts). */
export const isHidden = (entity: Versioned, state: Pick<MarketplaceState, 'deletions'>): boolean =>
  isDeleted(
    {
      id: entity.id,
      pubkey: entity.pubkey,
      createdAt: entity.createdAt,
      address: formatAddress(entity.address),
    },
    state.deletions,
  )

/** The entity at `address` unless its author deleted it. */
export const visibleAt = <T extends Versioned>(
  map: Record<string, T>,
  address: string,
  state: Pick<MarketplaceState, 'deletions'>,
): T | undefined => {
  const entity = map[address]
  return entity && !isHidden(entity, state) ? entity : undefined
}

/** Whether the author deleted the address itself (known even when no version of it is). */
export const isAddressDeleted = (address: string, state: Pick<MarketplaceState, 'deletions'>) =>
  state.deletions.byAddress[address] !== undefined

export const useMarketplace = create<MarketplaceState & MarketplaceActions>()((set) => ({
  ...emptyMarketplace(),
  applyBatch: (batch) =>
    set((state) => {
      const next = reduceBatch(state, batch)
      const changed = (Object.keys(next) as (keyof MarketplaceState)[]).some(
        (key) => next[key] !== state[key],
      )
      return changed ? next : state
    }),
  retract: (eventId) =>
    set((state) => ({
      tickets: without(state.tickets, eventId),
      offers: without(state.offers, eventId),
      cards: without(state.cards, eventId),
    })),
}))
