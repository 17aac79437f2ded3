import { npubEncode } from 'nostr-tools/nip19'
import { PersonActions } from '@/components/person/person-actions'
import { ReputationBadge } from '@/components/person/reputation-badge'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { PersonChip } from '@/components/ui/person-chip'
import { TopicChip } from '@/components/ui/topic-chip'
import { UserText } from '@/components/ui/user-text'
import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'
import { priceLine } from '@/components/ui/price-text'

/** Available / Away, as a small badge. */
function AvailabilityBadge({ available }: { available: boolean }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${
        available
          ? 'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-800'
          : 'bg-stone-100 text-stone-600 ring-stone-300 dark:bg-stone-800 dark:text-stone-400 dark:ring-stone-700'
      }`}
    >
      <span
        aria-hidden="true"
        className={`size-1.5 rounded-full ${available ? 'bg-emerald-500' : 'bg-stone-400'}`}
      />
      {available ? 'Available' : 'Away'}
    </span>
  )
}

/** Markdown marks that read as noise in a two-line excerpt. */
const excerpt = (about: string) =>
  about
    .slice(0, 600)
    .replace(/[*_`#>]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()

type Props = { card: TroubleshooterCard; mine: boolean }

/** One troubleshooter in the directory: who, what they know, their rate, and how to ask them. */
export function TroubleshooterCardItem({ card, mine }: Props) {
  const npub = npubEncode(card.pubkey)
  const about = excerpt(card.about)
  return (
    <article
      aria-labelledby={`card-${card.pubkey}`}
      className="flex h-full flex-col rounded-2xl border border-stone-200 bg-white p-4 shadow-xs sm:p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex items-start justify-between gap-3">
        <Link
          to={`/p/${npub}`}
          className="min-w-0 rounded-md text-sm font-semibold hover:text-amber-800 dark:hover:text-amber-300"
        >
          <PersonChip pubkey={card.pubkey} size="md" className="max-w-full" />
        </Link>
        <div className="flex shrink-0 items-center gap-1">
          <AvailabilityBadge available={card.available} />
          <PersonActions pubkey={card.pubkey} eventId={card.id} className="-my-1" />
        </div>
      </div>
      <ReputationBadge pubkey={card.pubkey} role="troubleshooter" className="mt-2 self-start" />
      <h2 id={`card-${card.pubkey}`} className="mt-3 text-base leading-snug font-semibold">
        <UserText lines={2}>{card.title}</UserText>
      </h2>
      <p className="mt-1 text-sm font-medium text-stone-700 tabular-nums dark:text-stone-300">
        {priceLine(card.pricing)}
      </p>
      {card.topics.length > 0 && (
        <ul aria-label="Expertise" className="mt-3 flex flex-wrap gap-1.5">
          {card.topics.map((slug) => (
            <li key={slug}>
              <TopicChip slug={slug} />
            </li>
          ))}
        </ul>
      )}
      {about && (
        <UserText as="p" lines={3} className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          {about}
        </UserText>
      )}
      <div className="mt-auto flex flex-wrap gap-2 pt-4">
        {mine ? (
          <Link to="/troubleshooters?edit=me" className={buttonClass.secondary}>
            Edit your card
          </Link>
        ) : (
          <Link
            to={`/new?to=${npub}`}
            className={buttonClass.primary}
            aria-describedby={`card-${card.pubkey}`}
          >
            Request help
          </Link>
        )}
        <Link to={`/p/${npub}`} className={buttonClass.ghost}>
          Profile
        </Link>
      </div>
    </article>
  )
}
