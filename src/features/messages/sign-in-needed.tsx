import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'

/** What a signed-out visitor sees instead of messages. */
export function SignInNeeded() {
  return (
    <EmptyState
      icon={<span aria-hidden="true">✉</span>}
      title="Sign in to read your messages"
      actions={
        <>
          <Link to="/sign-in" className={buttonClass.primary}>
            Sign in
          </Link>
          <Link to="/safety" className={buttonClass.secondary}>
            How messages work
          </Link>
        </>
      }
    >
      Messages between Bitcoiners and troubleshooters are end-to-end encrypted (NIP-17): only the
      two of you can read them. Sign in with a browser extension or a remote signer to see yours.
    </EmptyState>
  )
}
