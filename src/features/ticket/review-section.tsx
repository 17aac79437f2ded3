import { useId } from 'react'
import { npubEncode } from 'nostr-tools/nip19'
import { Link } from '@/components/router'
import { displayName } from '@/components/ui/display-name'
import { Skeleton } from '@/components/ui/skeleton'
import { usePersonReputation } from '@/hooks/use-person-reputation'
import { useProfile } from '@/hooks/use-profile'
import type { DealReview } from '@/hooks/use-reviews'
import { useDealReviews } from '@/hooks/use-reviews'
import { useTicketOffers } from '@/hooks/use-ticket-offers'
import type { Address } from '@/nostr/address'
import { formatAddress } from '@/nostr/address'
import { reputationSummary } from '@/nostr/reputation-summary'
import type { Ticket } from '@/nostr/ticket'
import { useSession } from '@/stores/session'
import { ReviewCard } from './review-card'
import type { ReviewerRole } from './review-form'
import { ReviewPrompt } from './review-prompt'

type Props = {
  ticket: Ticket
  /** The ticket was closed on this page just now: ask the Bitcoiner at once. */
  askNow?: boolean
}

/**
 * The reviews of a closed deal (a Resolved or Failed ticket whose offer was accepted): both
 * parties' reviews, verified against the deal, anyone else's apart and not counted; the two
 * parties are asked to review each other. Nothing for a ticket without a deal.
 */
export function ReviewSection({ ticket, askNow }: Props) {
  const offer = ticket.acceptedOffer
  if (!offer || (ticket.status !== 'resolved' && ticket.status !== 'failed')) return null
  return <DealReviewsSection ticket={ticket} offer={offer} askNow={askNow} />
}

function DealReviewsSection({ ticket, offer, askNow }: Props & { offer: Address }) {
  const headingId = useId()
  // the accepted offer (with the ticket) proves the deal
  useTicketOffers(formatAddress(ticket.address))
  const me = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  const role: ReviewerRole | undefined =
    me === ticket.pubkey ? 'bitcoiner' : me === offer.pubkey ? 'troubleshooter' : undefined
  const deal = useDealReviews(ticket)
  const bitcoiner = displayName(ticket.pubkey, useProfile(ticket.pubkey))
  const troubleshooter = displayName(offer.pubkey, useProfile(offer.pubkey))
  const mine = role === 'bitcoiner' ? deal.ofTroubleshooter : deal.ofBitcoiner

  const titles = {
    ofTroubleshooter:
      role === 'bitcoiner'
        ? `Your review of ${troubleshooter}`
        : role === 'troubleshooter'
          ? `${bitcoiner}’s review of you`
          : `${bitcoiner}’s review of ${troubleshooter}`,
    ofBitcoiner:
      role === 'troubleshooter'
        ? `Your review of ${bitcoiner}`
        : role === 'bitcoiner'
          ? `${troubleshooter}’s review of you`
          : `${troubleshooter}’s review of ${bitcoiner}`,
  }
  const empty = {
    ofTroubleshooter: `${role === 'bitcoiner' ? 'You have' : `${bitcoiner} has`} not reviewed ${role === 'troubleshooter' ? 'you' : troubleshooter} yet.`,
    ofBitcoiner: `${role === 'troubleshooter' ? 'You have' : `${troubleshooter} has`} not reviewed ${role === 'bitcoiner' ? 'you' : bitcoiner} yet.`,
  }

  // my own review's empty place is taken by the question above
  const mySide = role === 'bitcoiner' ? 'ofTroubleshooter' : 'ofBitcoiner'
  const sides = (['ofTroubleshooter', 'ofBitcoiner'] as const).filter(
    (side) => !role || side !== mySide || deal[side] !== undefined,
  )

  return (
    <section
      aria-labelledby={headingId}
      className="mt-6 rounded-2xl border border-stone-200 bg-stone-50 p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900/60"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        Reviews of this deal
      </h2>
      {role && me && (
        <ReviewPrompt
          ticket={ticket}
          offer={offer}
          role={role}
          me={me}
          name={role === 'bitcoiner' ? troubleshooter : bitcoiner}
          mine={mine}
          loading={deal.loading}
          askNow={askNow}
        />
      )}
      <div className="mt-4 grid gap-3 md:grid-cols-2">
        {sides.map((side) => (
          <Slot
            key={side}
            item={deal[side]}
            title={titles[side]}
            empty={empty[side]}
            loading={deal.loading}
          />
        ))}
      </div>
      <Standing
        troubleshooter={offer.pubkey}
        bitcoiner={ticket.pubkey}
        names={{ troubleshooter, bitcoiner }}
      />
      {deal.others.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-stone-700 dark:text-stone-300">
            {deal.others.length === 1
              ? '1 review by someone outside this deal — not counted'
              : `${deal.others.length} reviews by people outside this deal — not counted`}
          </summary>
          <div className="mt-3 space-y-3">
            {deal.others.map((item) => (
              <ReviewCard
                key={item.event.id}
                item={item}
                title="Review by someone outside this deal"
              />
            ))}
          </div>
        </details>
      )}
    </section>
  )
}

function Slot(props: { item?: DealReview; title: string; empty: string; loading: boolean }) {
  if (props.item) return <ReviewCard item={props.item} title={props.title} />
  if (props.loading)
    return (
      <div
        role="status"
        aria-label="Loading reviews"
        className="space-y-2 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
      >
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="h-4 w-3/4" />
      </div>
    )
  return (
    <p className="rounded-xl border border-dashed border-stone-300 p-4 text-sm text-stone-500 dark:border-stone-700">
      {props.empty}
    </p>
  )
}

/** Where each party stands now, from every verified review of them (a link to their profile). */
function Standing(props: {
  troubleshooter: string
  bitcoiner: string
  names: { troubleshooter: string; bitcoiner: string }
}) {
  const ofTroubleshooter = usePersonReputation(props.troubleshooter)
  const ofBitcoiner = usePersonReputation(props.bitcoiner)
  const line = (pubkey: string, name: string, summary: string | undefined, role: string) => (
    <li>
      <Link to={`/p/${npubEncode(pubkey)}`} className="font-medium hover:underline">
        {name}
      </Link>{' '}
      as {role}: {summary ?? 'checking…'}
    </li>
  )
  return (
    <ul
      aria-label="Reputation"
      className="mt-4 space-y-1 text-sm text-stone-600 dark:text-stone-400"
    >
      {line(
        props.troubleshooter,
        props.names.troubleshooter,
        ofTroubleshooter?.status === 'ready'
          ? reputationSummary(ofTroubleshooter.reputation, 'troubleshooter')
          : undefined,
        'troubleshooter',
      )}
      {line(
        props.bitcoiner,
        props.names.bitcoiner,
        ofBitcoiner?.status === 'ready'
          ? reputationSummary(ofBitcoiner.reputation, 'bitcoiner')
          : undefined,
        'Bitcoiner',
      )}
    </ul>
  )
}
