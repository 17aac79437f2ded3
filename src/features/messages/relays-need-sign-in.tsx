import { Link } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/stores/messages'

/**
 * Says which message relays hold messages back until the app authenticates (NIP-42): the app
 * answers their challenge with your signer, so if this stays, approve the request in your signer.
 */
export function RelaysNeedSignIn() {
  const relays = useMessages((state) => state.authNeeded)
  if (relays.length === 0) return null
  return (
    <Alert tone="warning" title="A relay needs you to sign in before it hands over messages">
      {relays.join(', ')} {relays.length === 1 ? 'asks' : 'ask'} the app to prove who you are
      (NIP-42). The app answers with your signer: if this note stays, approve the request in your
      signer app or extension. Messages kept on that relay show up once it lets you in.{' '}
      <Link to="/relays" className="font-medium underline underline-offset-2">
        Relays
      </Link>
    </Alert>
  )
}
