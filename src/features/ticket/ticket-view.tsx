import { npubEncode } from 'nostr-tools/nip19'
import { Link } from '@/components/router'
import { formatSats } from '@/components/ui/format-sats'
import { PersonChip } from '@/components/ui/person-chip'
import { StatusBadge } from '@/components/ui/status-badge'
import { TimeAgo } from '@/components/ui/time-ago'
import { TopicChip } from '@/components/ui/topic-chip'
import { UserText } from '@/components/ui/user-text'
import type { Ticket } from '@/nostr/ticket'

/** A ticket laid out for reading. The description is plain, pre-wrapped text for now. */
export function TicketView({ ticket }: { ticket: Ticket }) {
  const posted = Math.min(ticket.publishedAt, ticket.createdAt)
  return (
    <article>
      <Link
        to="/"
        className="text-sm font-medium text-stone-500 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"
      >
        ← All tickets
      </Link>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <StatusBadge status={ticket.status} />
        {ticket.budget !== undefined && (
          <span className="rounded-full bg-stone-900 px-2.5 py-0.5 text-xs font-semibold text-white tabular-nums dark:bg-stone-100 dark:text-stone-900">
            Budget {formatSats(ticket.budget)}
          </span>
        )}
      </div>
      <h1 className="mt-3 text-2xl leading-tight font-bold tracking-tight sm:text-3xl">
        <UserText lines={4}>{ticket.title}</UserText>
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <Link
          to={`/p/${npubEncode(ticket.pubkey)}`}
          className="min-w-0 rounded-md font-medium text-stone-800 hover:underline dark:text-stone-200"
        >
          <PersonChip pubkey={ticket.pubkey} size="sm" />
        </Link>
        <span aria-hidden="true">·</span>
        <span>
          Posted <TimeAgo timestamp={posted} />
        </span>
        {ticket.createdAt > posted + 60 && (
          <>
            <span aria-hidden="true">·</span>
            <span>
              edited <TimeAgo timestamp={ticket.createdAt} />
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
      <section
        aria-labelledby="description-heading"
        className="mt-6 rounded-2xl border border-stone-200 bg-white p-5 sm:p-6 dark:border-stone-800 dark:bg-stone-900"
      >
        <h2 id="description-heading" className="sr-only">
          Description
        </h2>
        {ticket.description.trim() ? (
          <UserText as="div" preWrap className="text-[0.95rem] leading-relaxed">
            {ticket.description}
          </UserText>
        ) : (
          <p className="text-sm text-stone-500 italic">The Bitcoiner wrote no description.</p>
        )}
      </section>
      <section aria-labelledby="offers-heading" className="mt-8">
        <h2 id="offers-heading" className="text-lg font-semibold">
          Offers
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {ticket.status === 'new'
            ? 'Troubleshooters will send their offers here: a price in sats and how they would help. Sending offers from this app is coming soon.'
            : 'This ticket no longer takes offers.'}
        </p>
      </section>
      <p className="mt-6 rounded-xl bg-amber-50 px-4 py-3 text-sm leading-relaxed text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950/30 dark:text-amber-100 dark:ring-amber-900">
        <strong>Stay safe:</strong> never share seed words or private keys, never install software
        you were sent, and pay only what an accepted offer says.{' '}
        <Link to="/safety" className="font-semibold underline">
          Safety guide
        </Link>
      </p>
    </article>
  )
}
