import { Link } from '@/components/router'
import { formatSats } from '@/components/ui/format-sats'
import { priceLine } from '@/components/ui/price-text'
import { ticketPath } from '@/components/ui/ticket-path'
import { TimeAgo } from '@/components/ui/time-ago'
import { UserText } from '@/components/ui/user-text'
import { useMyOffers } from '@/hooks/use-my-offers'
import { useMyTickets } from '@/hooks/use-my-tickets'
import { postedAt } from '@/nostr/ticket'
import { SectionHeading } from './section-heading'

const rowClass =
  'block rounded-xl border border-stone-200 bg-white px-4 py-3 hover:border-bitcoin/60 dark:border-stone-800 dark:bg-stone-900'

/** The person's open tickets (New) and pending offers on open tickets, newest first. */
export function PersonActivity({ pubkey }: { pubkey: string }) {
  const { tickets, loading: loadingTickets } = useMyTickets(pubkey)
  const { offers, loading: loadingOffers } = useMyOffers(pubkey)
  const open = tickets.filter((ticket) => ticket.status === 'new')
  const pending = offers.filter(
    (item) => item.status === 'pending' && item.ticket?.status === 'new',
  )
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="open-tickets-heading">
        <SectionHeading
          id="open-tickets-heading"
          aside={loadingTickets ? 'loading…' : `${open.length}`}
        >
          Open tickets
        </SectionHeading>
        {open.length === 0 ? (
          <p className="mt-2 text-sm text-stone-500 italic">
            {loadingTickets ? 'Looking on your relays…' : 'No open ticket.'}
          </p>
        ) : (
          <ul className="mt-2 space-y-2">
            {open.map((ticket) => (
              <li key={ticket.id}>
                <Link to={ticketPath(ticket.pubkey, ticket.d)} className={rowClass}>
                  <UserText lines={2} className="font-medium">
                    {ticket.title}
                  </UserText>
                  <span className="mt-1 block text-xs text-stone-500">
                    Posted <TimeAgo timestamp={postedAt(ticket)} />
                    {ticket.budget !== undefined && ` · Budget ${formatSats(ticket.budget)}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="open-offers-heading">
        <SectionHeading
          id="open-offers-heading"
          aside={loadingOffers ? 'loading…' : `${pending.length}`}
        >
          Open offers
        </SectionHeading>
        {pending.length === 0 ? (
          <p className="mt-2 text-sm text-stone-500 italic">
            {loadingOffers ? 'Looking on your relays…' : 'No pending offer on an open ticket.'}
          </p>
        ) : (
          <ul className="mt-2 space-y-2">
            {pending.map(({ offer, ticket }) => (
              <li key={offer.id}>
                <Link to={ticketPath(offer.ticket.pubkey, offer.ticket.d)} className={rowClass}>
                  <UserText lines={2} className="font-medium">
                    {ticket?.title}
                  </UserText>
                  <span className="mt-1 block text-xs text-stone-500 tabular-nums">
                    {priceLine(offer.pricing)} · offered <TimeAgo timestamp={offer.publishedAt} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
