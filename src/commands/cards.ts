import type { NostrEvent } from 'nostr-tools'
import { Kind } from '@/nostr/kinds'
import { tagValue } from '@/nostr/tags'
import type { TroubleshooterCardInput } from '@/nostr/troubleshooter-card'
import { editTroubleshooterCard, makeTroubleshooterCard } from '@/nostr/troubleshooter-card'
import { cardsByTroubleshooter } from '@/stores/marketplace-selectors'
import { useMarketplace } from '@/stores/marketplace'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import {
  SIGN_IN_FIRST,
  fromBuild,
  loadInto,
  loadLatest,
  nowSeconds,
  publishAndStore,
  randomD,
  secretsRefusal,
  signedInPubkey,
} from './command-support'

/** What the card form fills in; the command picks the `d` (the existing card's, or a new one). */
export type SaveCardInput = Omit<TroubleshooterCardInput, 'd'>

/** The troubleshooter's newest readable card they did not delete (relays, this device, outbox). */
const loadMyCard = async (me: string): Promise<NostrEvent | undefined> => {
  const events = await loadInto([{ kinds: [Kind.TroubleshooterCard], authors: [me] }])
  const addresses = [
    ...new Set(events.map((card) => `${card.kind}:${me}:${tagValue(card.tags, 'd')}`)),
  ]
  if (addresses.length > 0) {
    await loadInto([{ kinds: [Kind.Deletion], authors: [me], '#a': addresses }])
  }
  const newest = cardsByTroubleshooter(useMarketplace.getState(), me)[0]
  return newest && loadLatest(Kind.TroubleshooterCard, me, newest.d)
}

/** Creates or updates the signed-in troubleshooter's card (kind 32765): one card each. */
export const saveCard = async (input: SaveCardInput): Promise<CommandResult> => {
  const me = signedInPubkey()
  if (!me) return refuse(SIGN_IN_FIRST)
  const secrets = secretsRefusal({ title: input.title, about: input.about })
  if (secrets) return refuse(secrets)
  const existing = await loadMyCard(me)
  if (existing) return fromBuild(editTroubleshooterCard(existing, input, nowSeconds()), 'Your card')
  // the relays may not answer in time: a card this device knows still keeps its `d`
  const known = cardsByTroubleshooter(useMarketplace.getState(), me)[0]
  try {
    const d = known?.d ?? randomD()
    return await publishAndStore(makeTroubleshooterCard({ ...input, d }, nowSeconds()), 'Your card')
  } catch (error) {
    return refuse(`The card is not complete: ${(error as Error).message}.`)
  }
}
