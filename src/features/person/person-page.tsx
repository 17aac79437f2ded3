import { useEffect, useState } from 'react'
import { useParams } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { ErrorPanel } from '@/components/ui/error-panel'
import { useProfile } from '@/hooks/use-profile'
import { decodePerson } from '@/nostr/person-link'
import { useSession } from '@/stores/session'
import { PersonActivity } from './person-activity'
import { PersonCardSection } from './person-card-section'
import { PersonDetails } from './person-details'
import { PersonHeader } from './person-header'
import { ProfileEditor } from './profile-editor'

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
  const me = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  const mine = me === pubkey
  const [editing, setEditing] = useState(false)
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), PROFILE_PATIENCE_MS)
    return () => clearTimeout(timer)
  }, [])
  const actions = mine
    ? !editing && (
        <button type="button" className={buttonClass.secondary} onClick={() => setEditing(true)}>
          Edit profile
        </button>
      )
    : undefined
  return (
    <article>
      <PersonHeader pubkey={pubkey} profile={profile} actions={actions} />
      {editing && (
        <div className="mt-6">
          <ProfileEditor profile={profile} onClose={() => setEditing(false)} />
        </div>
      )}
      <PersonDetails pubkey={pubkey} profile={profile} waited={waited} />
      <PersonCardSection pubkey={pubkey} mine={mine} />
      <PersonActivity pubkey={pubkey} />
    </article>
  )
}
