import { npubEncode } from 'nostr-tools/nip19'
import { Link } from '@/components/router'
import { useProfile } from '@/hooks/use-profile'
import { Avatar } from '@/components/ui/avatar'
import { buttonClass } from '@/components/ui/button-styles'
import { displayName } from '@/components/ui/display-name'
import { Skeleton } from '@/components/ui/skeleton'
import { useSession } from '@/stores/session'

/** The signed-in person's picture and name (a link to their page), or a "Sign in" link. */
export function AccountSummary({ compact = false }: { compact?: boolean }) {
  const status = useSession((state) => state.status)
  const pubkey = useSession((state) => state.pubkey)
  if (status === 'signed-in' && pubkey) return <SignedInAs pubkey={pubkey} compact={compact} />
  if (status === 'restoring')
    return <Skeleton className={compact ? 'size-8 rounded-full' : 'h-10 w-full'} />
  return (
    <Link
      to="/sign-in"
      className={
        compact
          ? buttonClass.primary.replace('px-4 py-2', 'px-3 py-1.5')
          : `${buttonClass.primary} w-full`
      }
    >
      Sign in
    </Link>
  )
}

function SignedInAs({ pubkey, compact }: { pubkey: string; compact: boolean }) {
  const profile = useProfile(pubkey)
  const name = displayName(pubkey, profile)
  return (
    <Link
      to={`/p/${npubEncode(pubkey)}`}
      aria-label={compact ? `Your profile: ${name}` : undefined}
      className="flex min-w-0 items-center gap-3 rounded-lg p-1.5 hover:bg-stone-200/70 dark:hover:bg-stone-800"
    >
      <Avatar pubkey={pubkey} picture={profile?.picture} name={name} size={compact ? 'sm' : 'md'} />
      {!compact && (
        <span className="min-w-0">
          <span className="block text-xs text-stone-500 dark:text-stone-400">Signed in as</span>
          <span dir="auto" className="block truncate text-sm font-semibold">
            {name}
          </span>
        </span>
      )}
    </Link>
  )
}
