import { useEffect, useState } from 'react'
import { npubEncode } from 'nostr-tools/nip19'
import { useParams } from '@/components/router'
import { useProfile } from '@/hooks/use-profile'
import { Avatar } from '@/components/ui/avatar'
import { CopyButton } from '@/components/ui/copy-button'
import { displayName } from '@/components/ui/display-name'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { UserText } from '@/components/ui/user-text'
import { safeLinkUrl } from '@/nostr/safe-url'
import { decodePerson } from '@/nostr/person-link'

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
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setWaited(true), PROFILE_PATIENCE_MS)
    return () => clearTimeout(timer)
  }, [])
  const npub = npubEncode(pubkey)
  const name = displayName(pubkey, profile)
  const website = safeLinkUrl(profile?.website)
  return (
    <article>
      <header className="flex flex-col items-center gap-4 text-center sm:flex-row sm:items-center sm:text-left">
        <Avatar pubkey={pubkey} picture={profile?.picture} name={name} size="lg" />
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight">
            <UserText lines={2}>{name}</UserText>
          </h1>
          {profile?.name && profile.displayName && profile.name !== profile.displayName && (
            <UserText as="p" lines={1} className="text-sm text-stone-500">
              @{profile.name}
            </UserText>
          )}
          {profile?.nip05 && (
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              <span className="[overflow-wrap:anywhere]">{profile.nip05}</span>{' '}
              <span className="text-xs text-stone-400">(claimed, not checked)</span>
            </p>
          )}
        </div>
      </header>
      <section
        aria-label="Public key"
        className="mt-6 flex items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
      >
        <code className="min-w-0 flex-1 font-mono text-xs [overflow-wrap:anywhere] text-stone-600 dark:text-stone-400">
          {npub}
        </code>
        <CopyButton text={npub} label="Copy npub" className="shrink-0" />
      </section>
      <section aria-labelledby="about-heading" className="mt-6">
        <h2
          id="about-heading"
          className="text-sm font-semibold tracking-wide text-stone-500 uppercase"
        >
          About
        </h2>
        {profile?.about ? (
          <UserText as="p" preWrap className="mt-2 leading-relaxed">
            {profile.about}
          </UserText>
        ) : profile || waited ? (
          <p className="mt-2 text-sm text-stone-500 italic">
            {profile
              ? 'Nothing written here yet.'
              : 'This person has not published a profile on your relays.'}
          </p>
        ) : (
          <div className="mt-2 space-y-2" role="status" aria-label="Loading profile">
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        )}
      </section>
      {(website || profile?.lud16) && (
        <dl className="mt-6 grid gap-3 text-sm sm:grid-cols-2">
          {website && (
            <div>
              <dt className="text-stone-500">Website</dt>
              <dd className="[overflow-wrap:anywhere]">
                <a
                  href={website}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="text-amber-800 underline dark:text-amber-300"
                >
                  {website}
                </a>
              </dd>
            </div>
          )}
          {profile?.lud16 && (
            <div>
              <dt className="text-stone-500">Lightning address</dt>
              <dd className="[overflow-wrap:anywhere]">{profile.lud16}</dd>
            </div>
          )}
        </dl>
      )}
    </article>
  )
}
