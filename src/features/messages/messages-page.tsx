import { PageHeading } from '@/components/ui/page-heading'
import { Skeleton } from '@/components/ui/skeleton'
import { useSession } from '@/stores/session'
import { DmRelaysOffer } from './dm-relays-offer'
import { RelaysNeedSignIn } from './relays-need-sign-in'
import { SignInNeeded } from './sign-in-needed'
import { ThreadList } from './thread-list'

/** /messages — every private conversation, newest first. */
export default function MessagesPage() {
  const { status, pubkey } = useSession()
  return (
    <>
      <PageHeading
        title="Messages"
        description="Private, end-to-end encrypted conversations about your tickets and offers."
      />
      {status === 'restoring' || status === 'signing-in' ? (
        <div aria-busy="true" className="space-y-3">
          <span className="sr-only">Loading…</span>
          <Skeleton className="h-16" />
          <Skeleton className="h-16" />
        </div>
      ) : status !== 'signed-in' || !pubkey ? (
        <SignInNeeded />
      ) : (
        <div className="space-y-5">
          <RelaysNeedSignIn />
          <DmRelaysOffer pubkey={pubkey} />
          <ThreadList />
        </div>
      )}
    </>
  )
}
