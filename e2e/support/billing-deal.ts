import type { NostrEvent } from 'nostr-tools'
import { wrapEvent } from 'nostr-tools/nip59'
import { Kind } from '../../src/nostr/kinds'
import { makeWorkLogTags } from '../../src/nostr/message-tags'
import type { PricingInput } from '../../src/nostr/pricing'
import { transitionTicket } from '../../src/nostr/ticket-state'
import { sign } from '../../scripts/relay-io'
import type { TestIdentity } from './identities'
import type { Seeder } from './seed'
import { addressOf } from './seed'

/** A ticket whose author accepted one troubleshooter's offer: the two parties of a deal. */
export type SeededDeal = { ticket: NostrEvent; offer: NostrEvent; title: string }

/**
 * Publishes a ticket by `bitcoiner`, an offer on it by `troubleshooter` at `pricing`, and the
 * ticket's In progress version naming that offer, all built with src/nostr as the app would.
 */
export const seedAcceptedDeal = async (
  seed: Seeder,
  deal: {
    bitcoiner: TestIdentity
    troubleshooter: TestIdentity
    pricing: PricingInput
    title: string
  },
): Promise<SeededDeal> => {
  const now = Math.floor(Date.now() / 1000)
  const opened = await seed.ticket({ title: deal.title, by: deal.bitcoiner, at: now - 7200 })
  const offer = await seed.offer({
    ticket: opened,
    by: deal.troubleshooter,
    pricing: deal.pricing,
    at: now - 7000,
  })
  const accepted = transitionTicket(opened, 'in-progress', now - 6900, addressOf(offer))
  if (!accepted.ok) throw new Error(accepted.reason)
  const ticket = sign(accepted.value, deal.bitcoiner.secretKey)
  await seed.publish([ticket])
  return { ticket, offer, title: deal.title }
}

/**
 * A work-log message the troubleshooter sent earlier (another device, or before this test), as
 * NIP-17 gift wraps to `to` and to the sender's own inbox: `["worklog", action, at]` with the
 * offer's `a`.
 */
export const workLogWraps = (
  deal: SeededDeal,
  from: TestIdentity,
  to: TestIdentity,
  entry: { action: 'start' | 'stop'; at: number },
): NostrEvent[] => {
  const rumor = {
    kind: Kind.ChatMessage,
    created_at: entry.at,
    content: entry.action === 'start' ? 'Work started' : 'Work stopped',
    tags: [
      ['p', to.pubkey],
      ['a', addressOf(deal.ticket)],
      ['subject', deal.title],
      ...makeWorkLogTags({ offer: addressOf(deal.offer), ...entry }),
    ],
  }
  return [
    wrapEvent(rumor, from.secretKey, to.pubkey),
    wrapEvent(rumor, from.secretKey, from.pubkey),
  ]
}
