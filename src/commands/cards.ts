import type { NostrEvent } from 'nostr-tools'
import { isDeletedBy, readDeletion } from '@/nostr/deletion'
import { Kind } from '@/nostr/kinds'
import { tagValue } from '@/nostr/tags'
import type { TroubleshooterCardInput } from '@/nostr/troubleshooter-card'
import {
  editTroubleshooterCard,
  makeTroubleshooterCard,
  readTroubleshooterCard,
} from '@/nostr/troubleshooter-card'
import { cardsByTroubleshooter } from '@/stores/marketplace-selectors'
import { useMarketplace } from '@/stores/marketplace'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import {
  SIGN_IN_FIRST,
  fromBuild,
  loadInto,
  nowSeconds,
  publishAndStore,
  randomD,
  secretsRefusal,
  signedInPubkey,
} from './command-support'

/** What the card form fills in; the command picks the `d` (the existing card's, or a new one). */
export type SaveCardInput = Omit<TroubleshooterCardInput, 'd'>

/** The troubleshooter's newest readable card on the relays that they did not delete. */
const loadMyCard = async (me: string): Promise<NostrEvent | undefined> => {
  const cards = (await loadInto([{ kinds: [Kind.TroubleshooterCard], authors: [me] }]))
    .filter((event) => readTroubleshooterCard(event).ok)
    .sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? -1 : 1))
  if (cards.length === 0) return undefined
  const addresses = [
    ...new Set(cards.map((card) => `${card.kind}:${me}:${tagValue(card.tags, 'd')}`)),
  ]
  const deletions = (
    await loadInto([{ kinds: [Kind.Deletion], authors: [me], '#a': addresses }])
  ).flatMap((event) => {
    const read = readDeletion(event)
    return read.ok ? [read.value] : []
  })
  return cards.find((card) => !deletions.some((deletion) => isDeletedBy(card, deletion)))
}

/** Creates or updates the signed-in troubleshooter's card (kind 32765): one card each. */
export const saveCard = async (input: SaveCardInput): Promise<CommandResult> => {
  const me = signedInPubkey()
  if (!me) return refuse(SIGN_IN_FIRST)
  const secrets = secretsRefusal({ title: input.title, about: input.about })
  if (secrets) return refuse(secrets)
  const existing = await loadMyCard(me)
  if (existing) return fromBuild(editTroubleshooterCard(existing, input, nowSeconds()))
  // the relays may not answer in time: a card this device knows still keeps its `d`
  const known = cardsByTroubleshooter(useMarketplace.getState(), me)[0]
  try {
    const d = known?.d ?? randomD()
    return await publishAndStore(makeTroubleshooterCard({ ...input, d }, nowSeconds()))
  } catch (error) {
    return refuse(`The card is not complete: ${(error as Error).message}.`)
  }
}
