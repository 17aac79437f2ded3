import { Suspense, lazy, memo } from 'react'
import { Link } from '@/components/router'
import { formatSats } from '@/components/ui/format-sats'
import { PersonChip } from '@/components/ui/person-chip'
import { PublishBadge } from '@/components/ui/publish-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import { ticketPath } from '@/components/ui/ticket-path'
import { TimeAgo } from '@/components/ui/time-ago'
import { TopicChip } from '@/components/ui/topic-chip'
import { UserText } from '@/components/ui/user-text'
import type { Ticket } from '@/nostr/ticket'
import { postedAt } from '@/nostr/ticket'

// the menu and its dialogs (mute, report with the secrets guard) come after the first paint: they
// would weigh on the feed's first screen
const PersonActions = lazy(() =>
  import('@/components/person/person-actions').then((module) => ({
    default: module.PersonActions,
  })),
)

type Props = { ticket: Ticket; /** id for the title, which labels the row. */ labelId: string }

/**
 * One ticket in the feed: a card whose title links to the ticket (the link covers the whole card).
 * All text is the author's, shown as text. Memoised: the feed re-renders whenever tickets arrive,
 * and a row only needs to when its own ticket or position changes.
 */
export const TicketRow = memo(function TicketRow({ ticket, labelId }: Props) {
  return (
    <div
      data-ticket-row
      className="group relative rounded-2xl border border-stone-200 bg-white p-4 shadow-xs transition hover:border-bitcoin/60 hover:shadow-md sm:p-5 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-bitcoin/50"
    >
      <div className="flex items-start gap-3">
        <h2
          id={labelId}
          className="min-w-0 flex-1 text-base leading-snug font-semibold group-hover:text-amber-800 dark:group-hover:text-amber-300"
        >
          <Link
            to={ticketPath(ticket.pubkey, ticket.d)}
            className="outline-none after:absolute after:inset-0 after:rounded-2xl focus-visible:after:ring-2 focus-visible:after:ring-bitcoin"
          >
            <UserText lines={2}>{ticket.title}</UserText>
          </Link>
        </h2>
        {ticket.status !== 'new' && <StatusBadge status={ticket.status} />}
        <PublishBadge eventId={ticket.id} />
        {ticket.budget !== undefined && (
          <span className="shrink-0 rounded-full bg-stone-900 px-2.5 py-0.5 text-xs font-semibold text-white tabular-nums dark:bg-stone-100 dark:text-stone-900">
            {formatSats(ticket.budget)}
          </span>
        )}
      </div>
      {ticket.description.trim() && (
        <UserText as="p" lines={2} className="mt-1.5 text-sm text-stone-600 dark:text-stone-400">
          {ticket.description.slice(0, 400)}
        </UserText>
      )}
      {ticket.topics.length > 0 && (
        <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-1.5">
          {ticket.topics.map((slug) => (
            <li key={slug}>
              <TopicChip slug={slug} />
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex items-center gap-2 text-xs text-stone-500 dark:text-stone-400">
        <PersonChip
          pubkey={ticket.pubkey}
          className="max-w-[60%] font-medium text-stone-700 dark:text-stone-300"
        />
        <span aria-hidden="true">·</span>
        <TimeAgo timestamp={postedAt(ticket)} className="shrink-0" />
        <Suspense fallback={<span aria-hidden="true" className="-my-1 ml-auto size-8 shrink-0" />}>
          <PersonActions pubkey={ticket.pubkey} eventId={ticket.id} className="-my-1 ml-auto" />
        </Suspense>
      </div>
    </div>
  )
})
