import { useState } from 'react'
import { LazyMarkdown } from '@/components/markdown/lazy-markdown'
import { Link } from '@/components/router'
import type { Ticket } from '@/nostr/ticket'
import { useSession } from '@/stores/session'
import { AuthorActions } from './author-actions'
import { OffersSection } from './offers-section'
import { ReviewSection } from './review-section'
import { StateHistory } from './state-history'
import { TicketHeader } from './ticket-header'
import { TicketPayments } from './ticket-payments'
import { TroubleshooterNotice } from './troubleshooter-notice'

/** A ticket laid out for reading, with its offers and what the viewer may do. */
export function TicketView({ ticket, naddr }: { ticket: Ticket; naddr: string }) {
  const mine = useSession((state) => state.status === 'signed-in' && state.pubkey === ticket.pubkey)
  const [justClosed, setJustClosed] = useState(false)
  return (
    <article>
      <Link
        to="/"
        className="text-sm font-medium text-stone-500 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"
      >
        ← All tickets
      </Link>
      <div className="mt-4">
        <TicketHeader ticket={ticket} />
      </div>
      <TroubleshooterNotice ticket={ticket} mine={mine} />
      {mine && <AuthorActions ticket={ticket} naddr={naddr} onClosed={() => setJustClosed(true)} />}
      <ReviewSection ticket={ticket} askNow={justClosed} />
      <section
        aria-labelledby="description-heading"
        className="mt-6 rounded-2xl border border-stone-200 bg-white p-5 sm:p-6 dark:border-stone-800 dark:bg-stone-900"
      >
        <h2 id="description-heading" className="sr-only">
          Description
        </h2>
        {ticket.description.trim() ? (
          <LazyMarkdown
            text={ticket.description}
            shortenedBy={ticket.descriptionCut}
            className="text-[0.95rem]"
          />
        ) : (
          <p className="text-sm text-stone-500 italic">The Bitcoiner wrote no description.</p>
        )}
        <StateHistory history={ticket.stateHistory} />
      </section>
      <TicketPayments ticket={ticket} />
      <OffersSection ticket={ticket} />
      <p className="mt-8 rounded-xl bg-amber-50 px-4 py-3 text-sm leading-relaxed text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950/30 dark:text-amber-100 dark:ring-amber-900">
        <strong>Stay safe:</strong> never share seed words or private keys, never install software
        you were sent, and pay only what an accepted offer says.{' '}
        <Link to="/safety" className="font-semibold underline">
          Safety guide
        </Link>
      </p>
    </article>
  )
}
