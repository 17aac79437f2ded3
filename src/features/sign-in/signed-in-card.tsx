import { Link } from '@/components/router'
import { Avatar } from '@/components/ui/avatar'
import { buttonClass } from '@/components/ui/button-styles'
import { displayName, shortNpub } from '@/components/ui/display-name'
import { useProfile } from '@/hooks/use-profile'
import type { SignInMethod } from '@/stores/session'

type Props = { pubkey: string; method?: SignInMethod; onSignOut: () => void }

const methodLabel: Record<SignInMethod, string> = {
  nip07: 'with your browser extension',
  nip46: 'with your remote signer',
}

/** Who is signed in (name, picture, short npub) and the way out. */
export function SignedInCard({ pubkey, method, onSignOut }: Props) {
  const profile = useProfile(pubkey)
  const name = displayName(pubkey, profile)
  return (
    <section
      aria-label="Your account"
      className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:flex-row sm:items-center dark:border-stone-800 dark:bg-stone-900"
    >
      <Avatar pubkey={pubkey} picture={profile?.picture} name={name} size="lg" />
      <div className="min-w-0 flex-1">
        <p className="text-lg" data-testid="signed-in-as">
          Signed in as{' '}
          <strong dir="auto" className="font-semibold break-words">
            {name}
          </strong>
        </p>
        <p className="font-mono text-sm text-stone-500 dark:text-stone-400" title={pubkey}>
          {shortNpub(pubkey)}
        </p>
        {method && (
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{`Signed in ${methodLabel[method]}.`}</p>
        )}
        <p className="mt-2 text-sm">
          <Link
            to="/relays"
            className="text-amber-800 underline hover:no-underline dark:text-amber-300"
          >
            Your relays
          </Link>
        </p>
      </div>
      <button type="button" className={buttonClass.secondary} onClick={onSignOut}>
        Sign out
      </button>
    </section>
  )
}
