import { useMemo } from 'react'
import { HiddenPeopleNotice } from '@/components/person/hidden-people-notice'
import { NetworkSwitch } from '@/components/person/network-switch'
import { useHiddenPeople } from '@/components/person/use-hidden-people'
import { useNetworkFilter } from '@/components/person/use-network-filter'
import { Link, useSearchParams } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { PageHeading } from '@/components/ui/page-heading'
import { useCards } from '@/hooks/use-cards'
import { useSession } from '@/stores/session'
import type { CardFilter } from './card-filters'
import { filterCards, topicChoices } from './card-filters'
import { DirectoryEmpty, DirectorySkeleton } from './directory-states'
import { DirectoryFilters } from './directory-filters'
import { MyCardSection } from './my-card-section'
import { TroubleshooterCardItem } from './troubleshooter-card-item'
import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'

const CARD_NOUN = ['troubleshooter', 'troubleshooters'] as const
const authorOf = (card: TroubleshooterCard) => card.pubkey

/**
 * `/troubleshooters` — the directory of troubleshooter cards (kind 32765), filtered by topic
 * (`?topic=`) and availability (`?available=1`); `?edit=me` opens the signed-in person's card.
 */
export default function TroubleshootersPage() {
  const [params] = useSearchParams()
  if (params.get('edit') === 'me') return <MyCardSection />
  return <Directory />
}

function Directory() {
  const [params, setParams] = useSearchParams()
  const me = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  const { cards, loading } = useCards()
  const filter: CardFilter = {
    topic: params.get('topic') ?? undefined,
    availableOnly: params.get('available') === '1',
  }
  const matching = useMemo(
    () => filterCards(cards, { topic: filter.topic, availableOnly: filter.availableOnly }),
    [cards, filter.topic, filter.availableOnly],
  )
  const network = useNetworkFilter()
  const people = useHiddenPeople(matching, authorOf, network)
  const shown = people.shown
  const choices = useMemo(() => topicChoices(cards, filter.topic), [cards, filter.topic])
  const hasMine = Boolean(me && cards.some((card) => card.pubkey === me))
  const setFilter = (next: CardFilter) => {
    const search = new URLSearchParams()
    if (next.topic) search.set('topic', next.topic)
    if (next.availableOnly) search.set('available', '1')
    setParams(search, { replace: true })
  }
  return (
    <>
      <PageHeading
        title="Troubleshooters"
        description="People who help with self-custody. Ask one directly, or post a ticket for all."
        actions={
          me ? (
            <Link to="/troubleshooters?edit=me" className={buttonClass.secondary}>
              {hasMine ? 'Edit your card' : 'Create your card'}
            </Link>
          ) : undefined
        }
      />
      <DirectoryFilters filter={filter} choices={choices} onChange={setFilter} />
      <div className="-mt-2 mb-4 empty:hidden">
        <NetworkSwitch filter={network} />
      </div>
      <HiddenPeopleNotice
        noun={CARD_NOUN}
        muted={people.muted}
        mutedShown={people.mutedShown}
        outside={people.outside}
        onRevealMuted={people.setRevealMuted}
        onShowEveryone={() => network.setOn(false)}
        className="mb-4"
      />
      <p aria-live="polite" className="sr-only">
        {loading && cards.length === 0
          ? 'Loading troubleshooters'
          : `${shown.length} ${shown.length === 1 ? 'troubleshooter' : 'troubleshooters'} shown`}
      </p>
      {shown.length > 0 ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {shown.map((card) => (
            <li key={card.pubkey}>
              <TroubleshooterCardItem card={card} mine={card.pubkey === me} />
            </li>
          ))}
        </ul>
      ) : loading && matching.length === 0 ? (
        <DirectorySkeleton />
      ) : (
        <DirectoryEmpty
          filtered={cards.length > 0}
          signedIn={Boolean(me)}
          onClear={() => setFilter({ availableOnly: false })}
        />
      )}
    </>
  )
}
