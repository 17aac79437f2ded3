import { Link } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'

/** For signed-out people: the form works, posting needs a signature. The draft waits here. */
export function SignInCallout() {
  return (
    <Alert
      title="Sign in to post"
      actions={
        <Link to="/sign-in" className={buttonClass.primary}>
          Sign in
        </Link>
      }
    >
      You can start writing now: your draft stays on this device while you sign in with a nostr
      extension or a remote signer.
    </Alert>
  )
}
