import { useEffect, useMemo, useState } from 'react'
import { HiddenPeopleNotice } from '@/components/person/hidden-people-notice'
import { useHiddenPeople } from '@/components/person/use-hidden-people'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { Skeleton } from '@/components/ui/skeleton'
import { useTicketOffers } from '@/hooks/use-ticket-offers'
import { formatAddress } from '@/nostr/address'
import type { Offer } from '@/nostr/offer'
import { offerStatus } from '@/nostr/offer-status'
import type { Ticket } from '@/nostr/ticket'
import { markOffersSeen } from '@/stores/seen-offers'
import { useSession } from '@/stores/session'
import { AcceptDialog } from './accept-dialog'
import { MyOfferPanel } from './my-offer-panel'
import { OfferCard } from './offer-card'
import { OfferForm } from './offer-form'

const OFFER_NOUN = ['offer', 'offers'] as const
const authorOf = ({ offer }: { offer: Offer }) => offer.pubkey

const card =
  'rounded-2xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900'

/** Every offer on the ticket, and what the viewer can do: accept, offer, edit, sign in. */
export function OffersSection({ ticket }: { ticket: Ticket }) {
  const { offers, loading } = useTicketOffers(formatAddress(ticket.address))
  const session = useSession()
  const [accepting, setAccepting] = useState<Offer>()
  const me = session.status === 'signed-in' ? session.pubkey : undefined
  const isAuthor = me === ticket.pubkey
  const open = ticket.status === 'new'
  const address = formatAddress(ticket.address)
  // The Bitcoiner has now seen these offers: My tickets stops counting them as new.
  useEffect(() => {
    if (isAuthor && me && !loading) markOffersSeen(me, address, Math.floor(Date.now() / 1000))
  }, [isAuthor, me, loading, address, offers.length])
  const mine = me && !isAuthor ? offers.find((offer) => offer.pubkey === me) : undefined
  const all = useMemo(
    () =>
      offers
        .filter((offer) => offer !== mine)
        .map((offer) => ({ offer, status: offerStatus(offer, ticket) }))
        .sort((a, b) => Number(b.status === 'won') - Number(a.status === 'won')),
    [offers, mine, ticket],
  )
  const people = useHiddenPeople(all, authorOf)
  const listed = people.shown

  return (
    <section aria-labelledby="offers-heading" className="mt-8 space-y-4">
      <div>
        <h2 id="offers-heading" className="text-lg font-semibold">
          Offers{offers.length > 0 && <span className="text-stone-500"> ({offers.length})</span>}
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {!open
            ? 'This ticket no longer takes offers.'
            : isAuthor
              ? 'Troubleshooters offer a price and say how they would help. Accept the one you trust.'
              : 'Troubleshooters offer a price in sats and say how they would help.'}
        </p>
      </div>

      {session.status === 'signed-out' && open && (
        <div className={`${card} flex flex-wrap items-center justify-between gap-3`}>
          <p className="text-sm">Can you help? Sign in with your nostr key to make an offer.</p>
          <Link to="/sign-in" className={buttonClass.primary}>
            Sign in to make an offer
          </Link>
        </div>
      )}
      {mine && <MyOfferPanel ticket={ticket} offer={mine} status={offerStatus(mine, ticket)} />}
      {me && !isAuthor && !mine && open && !loading && (
        <section aria-labelledby="make-offer-heading" className={card}>
          <h3 id="make-offer-heading" className="mb-4 font-semibold">
            Make an offer
          </h3>
          <OfferForm ticket={ticket} />
        </section>
      )}

      <HiddenPeopleNotice
        noun={OFFER_NOUN}
        muted={people.muted}
        mutedShown={people.mutedShown}
        onRevealMuted={people.setRevealMuted}
      />
      {loading && offers.length === 0 ? (
        <div role="status" aria-label="Loading offers" className={card}>
          <Skeleton className="h-6 w-48" />
          <Skeleton className="mt-3 h-4 w-full" />
          <Skeleton className="mt-2 h-4 w-2/3" />
        </div>
      ) : listed.length === 0 ? (
        !mine &&
        all.length === 0 && (
          <p className="rounded-2xl border border-dashed border-stone-300 px-4 py-6 text-center text-sm text-stone-500 dark:border-stone-700">
            No offers yet.
          </p>
        )
      ) : (
        <ul aria-label="Offers on this ticket" className="space-y-3">
          {listed.map(({ offer, status }) => (
            <li key={formatAddress(offer.address)}>
              <OfferCard
                offer={offer}
                status={status}
                showMessage={isAuthor}
                onAccept={isAuthor && open ? () => setAccepting(offer) : undefined}
              />
            </li>
          ))}
        </ul>
      )}
      {isAuthor && (
        <AcceptDialog ticket={ticket} offer={accepting} onClose={() => setAccepting(undefined)} />
      )}
    </section>
  )
}
