import { npubEncode } from 'nostr-tools/nip19'
import { ReputationBadge } from '@/components/person/reputation-badge'
import { Link } from '@/components/router'
import { PersonChip } from '@/components/ui/person-chip'
import { TimeAgo } from '@/components/ui/time-ago'
import type { Offer } from '@/nostr/offer'
import { describePrice } from '@/components/ui/price-text'

/** The troubleshooter (linking to their page) and the offer's price side by side, their reputation under. */
export function OfferByline({ offer }: { offer: Offer }) {
  const price = describePrice(offer.pricing)
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <Link
          to={`/p/${npubEncode(offer.pubkey)}`}
          className="max-w-full min-w-0 rounded-md font-semibold hover:underline"
        >
          <PersonChip pubkey={offer.pubkey} size="md" />
        </Link>
        <p className="text-right">
          <span className="block text-lg font-bold tabular-nums">{price.main}</span>
          <span className="block text-xs text-stone-500 dark:text-stone-400">{price.detail}</span>
        </p>
      </div>
      <div className="-mt-1 pl-11">
        <ReputationBadge pubkey={offer.pubkey} role="troubleshooter" />
      </div>
    </>
  )
}

/** When the offer was made and last changed, and how often its price moved. */
export function OfferTimes({ offer }: { offer: Offer }) {
  const changed = offer.createdAt > offer.publishedAt + 60
  const repriced = offer.pricingHistory.length
  return (
    <p className="text-xs text-stone-500 dark:text-stone-400">
      Offered <TimeAgo timestamp={Math.min(offer.publishedAt, offer.createdAt)} />
      {changed && (
        <>
          {' · '}changed <TimeAgo timestamp={offer.createdAt} />
        </>
      )}
      {repriced > 0 && ` · price changed ${repriced === 1 ? 'once' : `${repriced} times`}`}
    </p>
  )
}
