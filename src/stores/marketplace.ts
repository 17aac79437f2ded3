import { create } from 'zustand'
import type { Address } from '@/nostr/address'
import { formatAddress } from '@/nostr/address'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'

/** What every stored entity has: one version of an addressable event. */
export type Versioned = { id: string; pubkey: string; createdAt: number; address: Address }

export type MarketplaceState = {
  /** Newest verified, readable version of each ticket, by address string. */
  tickets: Record<string, Ticket>
  offers: Record<string, Offer>
  cards: Record<string, TroubleshooterCard>
  /** Address → time of the newest NIP-09 deletion by its author (hides versions up to then). */
  deleted: Record<string, number>
  /** Event id → author, for NIP-09 deletions that name a version by id (`e` tag). */
  deletedIds: Record<string, string>
}

/** Everything one relay burst brought, applied in a single store update. */
export type MarketplaceBatch = {
  tickets?: readonly Ticket[]
  offers?: readonly Offer[]
  cards?: readonly TroubleshooterCard[]
  /** Address deletions (already checked to be by the address's author). */
  deletions?: readonly { address: string; at: number }[]
  /** Id deletions with their author; they only apply to that author's versions. */
  deletedIds?: readonly { id: string; pubkey: string }[]
}

type MarketplaceActions = {
  /** Keeps each ticket if it is newer than the known version (ties: the lower id). */
  putTickets: (tickets: readonly Ticket[]) => void
  putOffers: (offers: readonly Offer[]) => void
  putCards: (cards: readonly TroubleshooterCard[]) => void
  /** Records a deletion of `address` at `at`; versions created up to then are hidden. */
  markDeleted: (address: string, at: number) => void
  /** Applies a whole batch at once (one re-render for a burst of events). */
  applyBatch: (batch: MarketplaceBatch) => void
}

export const emptyMarketplace = (): MarketplaceState => ({
  tickets: {},
  offers: {},
  cards: {},
  deleted: {},
  deletedIds: {},
})

/** True when `candidate` replaces `current`: newer created_at, or the same and a lower id. */
export const isNewerVersion = (candidate: Versioned, current: Versioned | undefined): boolean =>
  !current ||
  candidate.createdAt > current.createdAt ||
  (candidate.createdAt === current.createdAt && candidate.id < current.id)

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

const mergeDeletions = (
  map: Record<string, number>,
  deletions: readonly { address: string; at: number }[],
): Record<string, number> => {
  let next = map
  for (const { address, at } of deletions) {
    if ((next[address] ?? -1) >= at) continue
    if (next === map) next = { ...map }
    next[address] = at
  }
  return next
}

const mergeDeletedIds = (
  map: Record<string, string>,
  ids: readonly { id: string; pubkey: string }[],
): Record<string, string> => {
  const fresh = ids.filter(({ id, pubkey }) => map[id] !== pubkey)
  return fresh.length === 0
    ? map
    : { ...map, ...Object.fromEntries(fresh.map(({ id, pubkey }) => [id, pubkey])) }
}

/** Applies a batch to a state; unchanged parts keep their identity (selectors stay stable). */
export const reduceBatch = (
  state: MarketplaceState,
  batch: MarketplaceBatch,
): MarketplaceState => ({
  tickets: mergeNewest(state.tickets, batch.tickets ?? []),
  offers: mergeNewest(state.offers, batch.offers ?? []),
  cards: mergeNewest(state.cards, batch.cards ?? []),
  deleted: mergeDeletions(state.deleted, batch.deletions ?? []),
  deletedIds: mergeDeletedIds(state.deletedIds, batch.deletedIds ?? []),
})

/** Whether the author deleted this version (by address, at or after it; or by its id). */
export const isHidden = (
  entity: Versioned,
  state: Pick<MarketplaceState, 'deleted' | 'deletedIds'>,
): boolean => {
  const deletedAt = state.deleted[formatAddress(entity.address)]
  return (
    (deletedAt !== undefined && entity.createdAt <= deletedAt) ||
    state.deletedIds[entity.id] === entity.pubkey
  )
}

/** The entity at `address` unless its author deleted it. */
export const visibleAt = <T extends Versioned>(
  map: Record<string, T>,
  address: string,
  state: Pick<MarketplaceState, 'deleted' | 'deletedIds'>,
): T | undefined => {
  const entity = map[address]
  return entity && !isHidden(entity, state) ? entity : undefined
}

export const useMarketplace = create<MarketplaceState & MarketplaceActions>()((set) => {
  const apply = (batch: MarketplaceBatch) =>
    set((state) => {
      const next = reduceBatch(state, batch)
      const changed = (Object.keys(next) as (keyof MarketplaceState)[]).some(
        (key) => next[key] !== state[key],
      )
      return changed ? next : state
    })
  return {
    ...emptyMarketplace(),
    putTickets: (tickets) => apply({ tickets }),
    putOffers: (offers) => apply({ offers }),
    putCards: (cards) => apply({ cards }),
    markDeleted: (address, at) => apply({ deletions: [{ address, at }] }),
    applyBatch: apply,
  }
})
