import { npubEncode } from 'nostr-tools/nip19'
import { ReputationBadge } from '@/components/person/reputation-badge'
import { Link } from '@/components/router'
import { formatSats } from '@/components/ui/format-sats'
import { PersonChip } from '@/components/ui/person-chip'
import { PublishState } from '@/components/ui/publish-state'
import { StatusBadge } from '@/components/ui/status-badge'
import { TimeAgo } from '@/components/ui/time-ago'
import { TopicChip } from '@/components/ui/topic-chip'
import { UserText } from '@/components/ui/user-text'
import type { Ticket } from '@/nostr/ticket'
import { postedAt } from '@/nostr/ticket'

/** Status, budget, title, the Bitcoiner, when it was posted and edited, topics. */
export function TicketHeader({ ticket }: { ticket: Ticket }) {
  const posted = postedAt(ticket)
  return (
    <header>
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={ticket.status} />
        {ticket.budget !== undefined && (
          <span className="rounded-full bg-stone-900 px-2.5 py-0.5 text-xs font-semibold text-white tabular-nums dark:bg-stone-100 dark:text-stone-900">
            Budget {formatSats(ticket.budget)}
          </span>
        )}
      </div>
      <PublishState eventId={ticket.id} what="this version of the ticket" />
      <h1 className="mt-3 text-2xl leading-tight font-bold tracking-tight sm:text-3xl">
        <UserText lines={4}>{ticket.title}</UserText>
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <Link
          to={`/p/${npubEncode(ticket.pubkey)}`}
          aria-label="The Bitcoiner's profile"
          className="max-w-full min-w-0 rounded-md font-medium text-stone-800 hover:underline dark:text-stone-200"
        >
          <PersonChip pubkey={ticket.pubkey} size="sm" />
        </Link>
        <ReputationBadge pubkey={ticket.pubkey} role="bitcoiner" />
        <span aria-hidden="true">·</span>
        <span>
          Posted <TimeAgo timestamp={posted} />
        </span>
        {ticket.createdAt > posted + 60 && (
          <>
            <span aria-hidden="true">·</span>
            <span>
              updated <TimeAgo timestamp={ticket.createdAt} />
            </span>
          </>
        )}
      </div>
      {ticket.topics.length > 0 && (
        <ul aria-label="Topics" className="mt-4 flex flex-wrap gap-1.5">
          {ticket.topics.map((slug) => (
            <li key={slug}>
              <TopicChip slug={slug} />
            </li>
          ))}
        </ul>
      )}
    </header>
  )
}
