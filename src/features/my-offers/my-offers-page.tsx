import { Link, useSearchParams } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeading } from '@/components/ui/page-heading'
import { ListSkeleton } from '@/components/ui/skeleton'
import { useMyOffers } from '@/hooks/use-my-offers'
import { formatAddress } from '@/nostr/address'
import type { OfferStatus } from '@/nostr/offer-status'
import { offerStatusLabel } from '@/nostr/offer-status'
import { useSession } from '@/stores/session'
import { MyOfferRow } from './my-offer-row'

const INTRO = 'The offers you sent as a troubleshooter, and how they are going.'
const FILTERS: (OfferStatus | 'all')[] = ['all', 'pending', 'won', 'lost']

const browse = (
  <Link to="/" className={buttonClass.primary}>
    Browse open tickets
  </Link>
)

/** `/my/offers` — the signed-in troubleshooter's offers: Pending, Won, Lost. */
export default function MyOffersPage() {
  const session = useSession()
  if (session.status === 'signed-in' && session.pubkey)
    return <MyOffers key={session.pubkey} pubkey={session.pubkey} />
  return (
    <>
      <PageHeading title="My offers" description={INTRO} />
      {session.status === 'restoring' || session.status === 'signing-in' ? (
        <ListSkeleton label="Loading your offers" />
      ) : (
        <EmptyState
          title="Sign in to see your offers"
          actions={
            <>
              <Link to="/sign-in" className={buttonClass.primary}>
                Sign in
              </Link>
              <Link to="/" className={buttonClass.secondary}>
                Browse open tickets
              </Link>
            </>
          }
        >
          Offers are signed with your nostr key, so this page needs to know who you are.
        </EmptyState>
      )}
    </>
  )
}

function MyOffers({ pubkey }: { pubkey: string }) {
  const { offers, loading } = useMyOffers(pubkey)
  const [params, setParams] = useSearchParams()
  const wanted = params.get('status')
  const filter = FILTERS.find((f) => f === wanted) ?? 'all'
  const shown = filter === 'all' ? offers : offers.filter((item) => item.status === filter)
  const count = (f: OfferStatus | 'all') =>
    f === 'all' ? offers.length : offers.filter((item) => item.status === f).length

  return (
    <>
      <PageHeading title="My offers" description={INTRO} />
      {offers.length === 0 ? (
        loading ? (
          <ListSkeleton label="Loading your offers" />
        ) : (
          <EmptyState title="You have not made an offer yet" actions={browse}>
            Find a ticket you can help with in the feed, and send an offer: a price in sats and a
            few words on how you would help.
          </EmptyState>
        )
      ) : (
        <>
          <div role="group" aria-label="Show offers" className="mb-4 flex flex-wrap gap-2">
            {FILTERS.map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={filter === f}
                onClick={() => setParams(f === 'all' ? {} : { status: f }, { replace: true })}
                className={`rounded-full px-3 py-1 text-sm font-semibold ring-1 ring-inset transition ${
                  filter === f
                    ? 'bg-stone-900 text-white ring-stone-900 dark:bg-stone-100 dark:text-stone-900 dark:ring-stone-100'
                    : 'bg-white text-stone-700 ring-stone-300 hover:bg-stone-100 dark:bg-stone-900 dark:text-stone-300 dark:ring-stone-700 dark:hover:bg-stone-800'
                }`}
              >
                {f === 'all' ? 'All' : offerStatusLabel(f)}{' '}
                <span className="font-normal opacity-70">{count(f)}</span>
              </button>
            ))}
          </div>
          {shown.length === 0 ? (
            <p className="rounded-2xl border border-dashed border-stone-300 px-4 py-8 text-center text-sm text-stone-500 dark:border-stone-700">
              No {offerStatusLabel(filter as OfferStatus).toLowerCase()} offers.
            </p>
          ) : (
            <ul aria-label="Your offers" className="space-y-3">
              {shown.map((item) => (
                <li key={formatAddress(item.offer.address)}>
                  <MyOfferRow item={item} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  )
}
