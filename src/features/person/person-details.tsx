import { npubEncode } from 'nostr-tools/nip19'
import { CopyButton } from '@/components/ui/copy-button'
import { Skeleton } from '@/components/ui/skeleton'
import { UserText } from '@/components/ui/user-text'
import type { Profile } from '@/nostr/profile'
import { safeLinkUrl } from '@/nostr/safe-url'

type Props = {
  pubkey: string
  profile: Profile | undefined
  /** The relays were given time to send a profile and sent none. */
  waited: boolean
}

/** The public key to copy, the about text (plain text, never HTML), website, lightning address. */
export function PersonDetails({ pubkey, profile, waited }: Props) {
  const npub = npubEncode(pubkey)
  const website = safeLinkUrl(profile?.website)
  return (
    <>
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
              <dd className="flex items-center gap-2">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <span aria-hidden="true">⚡ </span>
                  {profile.lud16}
                </span>
              </dd>
            </div>
          )}
        </dl>
      )}
    </>
  )
}
