import { useMemo } from 'react'
import { Kind } from '@/nostr/kinds'
import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'
import { useMarketplace } from '@/stores/marketplace'
import { cardsByTroubleshooter } from '@/stores/marketplace-selectors'
import { useMarketplaceWatch } from './use-marketplace-watch'

const ALL_CARDS = [{ kinds: [Kind.TroubleshooterCard] }]
const NO_CARDS: TroubleshooterCard[] = []

const useCardList = (pubkey: string | undefined, all: boolean) => {
  const cards = useMarketplace((state) => state.cards)
  const deletions = useMarketplace((state) => state.deletions)
  return useMemo(
    () => (all || pubkey ? cardsByTroubleshooter({ cards, deletions }, pubkey) : NO_CARDS),
    [cards, deletions, pubkey, all],
  )
}

/** Every troubleshooter card (kind 32765), one per troubleshooter, newest first; live. */
export const useCards = (): { cards: TroubleshooterCard[]; loading: boolean } => {
  const loading = useMarketplaceWatch(ALL_CARDS)
  return { cards: useCardList(undefined, true), loading }
}

/** A troubleshooter's card (their newest), kept live. */
export const useCard = (
  pubkey: string | undefined,
): { card?: TroubleshooterCard; loading: boolean } => {
  const filters = useMemo(
    () => (pubkey ? [{ kinds: [Kind.TroubleshooterCard], authors: [pubkey] }] : undefined),
    [pubkey],
  )
  const loading = useMarketplaceWatch(filters)
  const card = useCardList(pubkey, false)[0]
  return { card, loading: loading && !card }
}
