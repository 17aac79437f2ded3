import { postedAt } from '@/nostr/ticket'
import { PublishBadge } from '@/components/ui/publish-badge'
import { Link } from '@/components/router'
import { formatSats } from '@/components/ui/format-sats'
import { PersonChip } from '@/components/ui/person-chip'
import { ticketPath } from '@/components/ui/ticket-path'
import { TimeAgo } from '@/components/ui/time-ago'
import { UserText } from '@/components/ui/user-text'
import type { Ticket } from '@/nostr/ticket'

type Props = {
  ticket: Ticket
  offers: number
  newOffers: number
  /** Called when the person opens the ticket (its offers count as seen). */
  onOpen: () => void
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** One of my tickets: title, offers and how many are new, budget, when, the troubleshooter. */
export function MyTicketRow({ ticket, offers, newOffers, onOpen }: Props) {
  return (
    <Link
      to={ticketPath(ticket.pubkey, ticket.d)}
      onClick={onOpen}
      className="group block rounded-2xl border border-stone-200 bg-white p-4 shadow-xs transition hover:border-bitcoin/60 hover:shadow-md dark:border-stone-800 dark:bg-stone-900 dark:hover:border-bitcoin/50"
    >
      <div className="flex items-start gap-3">
        <h3 className="min-w-0 flex-1 leading-snug font-semibold group-hover:text-amber-800 dark:group-hover:text-amber-300">
          <UserText lines={2}>{ticket.title}</UserText>
        </h3>
        <PublishBadge eventId={ticket.id} />
        {newOffers > 0 && (
          <span className="shrink-0 rounded-full bg-bitcoin px-2 py-0.5 text-xs font-bold text-stone-950">
            {newOffers} new
          </span>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <span className="font-medium text-stone-800 dark:text-stone-200">
          {plural(offers, 'offer')}
          {newOffers > 0 && (
            <span className="sr-only">, {newOffers} new since you last looked</span>
          )}
        </span>
        {ticket.budget !== undefined && (
          <>
            <span aria-hidden="true">·</span>
            <span className="tabular-nums">Budget {formatSats(ticket.budget)}</span>
          </>
        )}
        <span aria-hidden="true">·</span>
        <span>
          Posted <TimeAgo timestamp={postedAt(ticket)} />
        </span>
        {ticket.acceptedOffer && (
          <>
            <span aria-hidden="true">·</span>
            <span className="inline-flex min-w-0 items-center gap-1">
              with <PersonChip pubkey={ticket.acceptedOffer.pubkey} />
            </span>
          </>
        )}
      </div>
    </Link>
  )
}
