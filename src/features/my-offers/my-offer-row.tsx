import { PublishBadge } from '@/components/ui/publish-badge'
import { Link } from '@/components/router'
import { StatusBadge } from '@/components/ui/status-badge'
import { ticketPath } from '@/components/ui/ticket-path'
import { TimeAgo } from '@/components/ui/time-ago'
import { UserText } from '@/components/ui/user-text'
import type { MyOffer } from '@/hooks/use-my-offers'
import { offerStatusLabel } from '@/nostr/offer-status'
import type { OfferStatus } from '@/nostr/offer-status'
import { priceLine } from '@/components/ui/price-text'

const badge: Record<OfferStatus, string> = {
  pending:
    'bg-stone-100 text-stone-700 ring-stone-300 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-700',
  won: 'bg-emerald-100 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-800',
  lost: 'bg-stone-200 text-stone-500 ring-stone-300 dark:bg-stone-800 dark:text-stone-400 dark:ring-stone-700',
}

/** One of my offers: Pending/Won/Lost, the ticket's title and state, the price, when. */
export function MyOfferRow({ item }: { item: MyOffer }) {
  const { offer, ticket, status } = item
  return (
    <Link
      to={ticketPath(offer.ticket.pubkey, offer.ticket.d)}
      className="group block rounded-2xl border border-stone-200 bg-white p-4 shadow-xs transition hover:border-bitcoin/60 hover:shadow-md dark:border-stone-800 dark:bg-stone-900 dark:hover:border-bitcoin/50"
    >
      <div className="flex items-start gap-3">
        <span
          className={`mt-0.5 inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${badge[status]}`}
        >
          {offerStatusLabel(status)}
        </span>
        <h2 className="min-w-0 flex-1 leading-snug font-semibold group-hover:text-amber-800 dark:group-hover:text-amber-300">
          {ticket ? (
            <UserText lines={2}>{ticket.title}</UserText>
          ) : (
            <span className="text-stone-500 italic">Ticket not found on your relays</span>
          )}
        </h2>
        <PublishBadge eventId={offer.id} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        {ticket && (
          <span className="inline-flex items-center gap-1.5">
            <span className="sr-only">Ticket:</span>
            <StatusBadge status={ticket.status} />
          </span>
        )}
        <span className="font-semibold text-stone-900 tabular-nums dark:text-stone-100">
          {priceLine(offer.pricing)}
        </span>
        <span aria-hidden="true">·</span>
        <span>
          Offered <TimeAgo timestamp={Math.min(offer.publishedAt, offer.createdAt)} />
        </span>
      </div>
    </Link>
  )
}
