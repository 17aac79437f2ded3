import { useMemo } from 'react'
import type { BillingThread } from '@/commands/billing'
import { useMarketplaceWatch } from '@/hooks/use-marketplace-watch'
import { formatAddress, sameAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import { useMarketplace } from '@/stores/marketplace'
import { useSession } from '@/stores/session'

/** The deal a ticket's thread is about, as one of its two parties sees it. */
export type Deal = {
  /** Who I am in it: the troubleshooter whose offer was accepted, or the ticket's author. */
  role: 'troubleshooter' | 'bitcoiner'
  offer: Offer
  /** What the billing commands need. */
  thread: BillingThread
}

/**
 * Who I am in the deal a thread with `counterpart` is about: the troubleshooter whose offer the
 * ticket accepted (talking to its author), the author (talking to that troubleshooter), or nobody.
 */
export const dealRole = (
  me: string,
  counterpart: string,
  ticket: Pick<Ticket, 'pubkey' | 'acceptedOffer'>,
  offer: Pick<Offer, 'pubkey' | 'address'>,
): Deal['role'] | undefined => {
  if (!sameAddress(ticket.acceptedOffer, offer.address)) return undefined
  if (me === offer.pubkey && counterpart === ticket.pubkey) return 'troubleshooter'
  if (me === ticket.pubkey && counterpart === offer.pubkey) return 'bitcoiner'
  return undefined
}

/**
 * The accepted offer of the thread's ticket (the ticket's `a` tag names it; the offer is watched
 * by its address, live), when I am one of its two parties and `counterpart` the other. Anyone
 * else, or a ticket with no accepted offer: undefined.
 */
export const useDeal = (ticket: Ticket | undefined, counterpart: string): Deal | undefined => {
  const me = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  const accepted = ticket?.acceptedOffer
  const key = accepted ? formatAddress(accepted) : undefined
  const filters = useMemo(
    () =>
      accepted
        ? [{ kinds: [Kind.Offer], authors: [accepted.pubkey], '#d': [accepted.d] }]
        : undefined,
    [accepted],
  )
  useMarketplaceWatch(filters)
  const offer = useMarketplace((state) => (key ? state.offers[key] : undefined))
  return useMemo(() => {
    if (!ticket || !offer || !me) return undefined
    const role = dealRole(me, counterpart, ticket, offer)
    if (!role) return undefined
    return {
      role,
      offer,
      thread: {
        bitcoiner: ticket.pubkey,
        ticket: ticket.address,
        title: ticket.title,
        offer: { pubkey: offer.pubkey, address: offer.address, pricing: offer.pricing },
      },
    }
  }, [ticket, offer, me, counterpart])
}
