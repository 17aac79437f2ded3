import { LazyMarkdown } from '@/components/markdown/lazy-markdown'
import { PersonActions } from '@/components/person/person-actions'
import { buttonClass } from '@/components/ui/button-styles'
import { PublishState } from '@/components/ui/publish-state'
import type { Offer } from '@/nostr/offer'
import type { OfferStatus } from '@/nostr/offer-status'
import { MessageLink } from './message-link'
import { OfferByline, OfferTimes } from './offer-meta'
import { OfferStatusBadge } from './offer-status-badge'

type Props = {
  offer: Offer
  status: OfferStatus
  /** Shown to the ticket's author while the ticket is New. */
  onAccept?: () => void
  /** The author can message the troubleshooter about the ticket. */
  showMessage?: boolean
}

/** One offer on a ticket: who, how much, the cover letter, when, and its status. */
export function OfferCard({ offer, status, onAccept, showMessage }: Props) {
  const won = status === 'won'
  return (
    <article
      aria-label="Offer"
      className={`rounded-2xl border bg-white p-4 sm:p-5 dark:bg-stone-900 ${
        won
          ? 'border-emerald-400 ring-1 ring-emerald-300 dark:border-emerald-700 dark:ring-emerald-800'
          : 'border-stone-200 dark:border-stone-800'
      } ${status === 'lost' ? 'opacity-75' : ''}`}
    >
      <OfferByline offer={offer} />
      <PublishState eventId={offer.id} what="this offer" />
      {offer.coverLetter.trim() ? (
        <LazyMarkdown
          text={offer.coverLetter}
          shortenedBy={offer.coverLetterCut}
          className="mt-3 text-sm"
        />
      ) : (
        <p className="mt-3 text-sm text-stone-500 italic">No cover letter.</p>
      )}
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <OfferStatusBadge status={status} />
          <OfferTimes offer={offer} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {showMessage && <MessageLink person={offer.pubkey} ticket={offer.ticket} />}
          {onAccept && (
            <button type="button" className={buttonClass.primary} onClick={onAccept}>
              Accept
            </button>
          )}
          <PersonActions pubkey={offer.pubkey} eventId={offer.id} />
        </div>
      </div>
    </article>
  )
}
