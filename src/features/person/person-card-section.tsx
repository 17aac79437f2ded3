import { npubEncode } from 'nostr-tools/nip19'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { priceLine } from '@/components/ui/price-text'
import { Skeleton } from '@/components/ui/skeleton'
import { TopicChip } from '@/components/ui/topic-chip'
import { UserText } from '@/components/ui/user-text'
import { useCard } from '@/hooks/use-cards'
import { SectionHeading } from './section-heading'

/** Markdown marks read as noise in a short excerpt; the card's about is shown as plain text. */
const plain = (about: string) =>
  about
    .slice(0, 1200)
    .replace(/[*_`#>]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()

type Props = { pubkey: string; mine: boolean }

/** The person's troubleshooter card (kind 32765), if they published one: what they help with. */
export function PersonCardSection({ pubkey, mine }: Props) {
  const { card, loading } = useCard(pubkey)
  if (!card && !loading) {
    return mine ? (
      <section aria-labelledby="card-heading" className="mt-8">
        <SectionHeading id="card-heading">Troubleshooter card</SectionHeading>
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          You have no troubleshooter card.{' '}
          <Link
            to="/troubleshooters?edit=me"
            className="font-semibold text-amber-800 underline dark:text-amber-300"
          >
            Publish one
          </Link>{' '}
          to be listed in the directory.
        </p>
      </section>
    ) : null
  }
  return (
    <section aria-labelledby="card-heading" className="mt-8">
      <SectionHeading id="card-heading">Troubleshooter card</SectionHeading>
      {!card ? (
        <div role="status" aria-label="Loading the troubleshooter card" className="mt-2 space-y-2">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-4 w-40" />
        </div>
      ) : (
        <div className="mt-2 rounded-2xl border border-stone-200 bg-white p-4 sm:p-5 dark:border-stone-800 dark:bg-stone-900">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="min-w-0 font-semibold">
              <UserText lines={2}>{card.title}</UserText>
            </h3>
            <span className="text-xs font-semibold text-stone-600 dark:text-stone-400">
              {card.available ? 'Available' : 'Away'}
            </span>
          </div>
          <p className="mt-1 text-sm font-medium tabular-nums">{priceLine(card.pricing)}</p>
          {card.topics.length > 0 && (
            <ul aria-label="Expertise" className="mt-3 flex flex-wrap gap-1.5">
              {card.topics.map((slug) => (
                <li key={slug}>
                  <TopicChip slug={slug} />
                </li>
              ))}
            </ul>
          )}
          {plain(card.about) && (
            <UserText
              as="p"
              preWrap
              lines={4}
              className="mt-3 text-sm text-stone-600 dark:text-stone-400"
            >
              {plain(card.about)}
            </UserText>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            {mine ? (
              <Link to="/troubleshooters?edit=me" className={buttonClass.secondary}>
                Edit your card
              </Link>
            ) : (
              <Link to={`/new?to=${npubEncode(pubkey)}`} className={buttonClass.primary}>
                Request help
              </Link>
            )}
          </div>
        </div>
      )}
    </section>
  )
}
