import { useState } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { PageHeading } from '@/components/ui/page-heading'
import type { FeedStatus } from './feed-tickets'
import { FeedEmpty, FeedSkeleton, FeedUnreachable } from './feed-states'
import { StatusToggle } from './status-toggle'
import { TicketRow } from './ticket-row'
import { useTicketFeed } from './use-ticket-feed'

/** `/` — the ticket feed: open self-custody problems, newest first. */
export default function FeedPage() {
  const [status, setStatus] = useState<FeedStatus>('new')
  const { tickets, loading, unreachable } = useTicketFeed(status)
  return (
    <>
      <PageHeading
        title="Tickets"
        description="Self-custody problems waiting for a troubleshooter."
        actions={
          <div className="hidden md:block">
            <Link to="/new" className={buttonClass.primary}>
              New ticket
            </Link>
          </div>
        }
      />
      <div className="mb-4 flex items-center justify-between gap-3">
        <StatusToggle value={status} onChange={setStatus} />
        {!loading && tickets.length > 0 && (
          <p className="text-xs text-stone-500 dark:text-stone-400" aria-live="polite">
            {tickets.length} {tickets.length === 1 ? 'ticket' : 'tickets'}
          </p>
        )}
      </div>
      {unreachable && tickets.length === 0 ? (
        <FeedUnreachable />
      ) : tickets.length > 0 ? (
        <ul className="space-y-3">
          {tickets.map((ticket) => (
            <li key={`${ticket.pubkey}:${ticket.d}`}>
              <TicketRow ticket={ticket} />
            </li>
          ))}
        </ul>
      ) : loading ? (
        <FeedSkeleton />
      ) : (
        <FeedEmpty showingAll={status === 'all'} />
      )}
    </>
  )
}
