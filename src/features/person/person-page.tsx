import { useEffect, useState } from 'react'
import { PersonActions } from '@/components/person/person-actions'
import { useParams } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { ErrorPanel } from '@/components/ui/error-panel'
import { usePersonReputation } from '@/hooks/use-person-reputation'
import { useProfile } from '@/hooks/use-profile'
import { decodePerson } from '@/nostr/person-link'
import { useSession } from '@/stores/session'
import { PersonActivity } from './person-activity'
import { PersonCardSection } from './person-card-section'
import { PersonDetails } from './person-details'
import { PersonHeader } from './person-header'
import { PersonNetworkSection } from './person-network'
import { PersonReputationSection, ReputationLoading } from './person-reputation'
import { PersonReviews } from './person-reviews'
import { ProfileEditor } from './profile-editor'
import { usePersonNetwork } from './use-person-network'

/** How long to wait for a kind 0 before saying the person has published none. */
const PROFILE_PATIENCE_MS = 5000

/** `/p/:npub` — a person's public profile. */
export default function PersonPage() {
  const { npub } = useParams()
  const pubkey = decodePerson(npub)
  if (!pubkey.ok)
    return <ErrorPanel title="This profile link does not work" message={pubkey.reason} />
  return <Person key={pubkey.value} pubkey={pubkey.value} />
}

function Person({ pubkey }: { pubkey: string }) {
  const profile = useProfile(pubkey)
  const reputation = usePersonReputation(pubkey)
  const network = usePersonNetwork(pubkey, reputation?.reputation)
  // nobody is called a newcomer before the relays said what they have
  const known = reputation && !(reputation.status === 'loading' && reputation.reputation.newcomer)
  const me = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  const mine = me === pubkey
  const [editing, setEditing] = useState(false)
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), PROFILE_PATIENCE_MS)
    return () => clearTimeout(timer)
  }, [])
  const actions = mine ? (
    !editing && (
      <button type="button" className={buttonClass.secondary} onClick={() => setEditing(true)}>
        Edit profile
      </button>
    )
  ) : (
    <PersonActions pubkey={pubkey} />
  )
  return (
    <article>
      <PersonHeader pubkey={pubkey} profile={profile} actions={actions} />
      {editing && (
        <div className="mt-6">
          <ProfileEditor profile={profile} onClose={() => setEditing(false)} />
        </div>
      )}
      <PersonDetails pubkey={pubkey} profile={profile} waited={waited} />
      {known ? (
        <PersonReputationSection reputation={reputation.reputation} mine={mine} />
      ) : (
        <ReputationLoading />
      )}
      <PersonNetworkSection network={network} />
      <PersonCardSection pubkey={pubkey} mine={mine} />
      {known && <PersonReviews reputation={reputation.reputation} />}
      <PersonActivity pubkey={pubkey} />
    </article>
  )
}
