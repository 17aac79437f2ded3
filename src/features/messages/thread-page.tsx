import { useParams, useSearchParams } from '@/components/router'
import { ErrorPanel } from '@/components/ui/error-panel'
import { SignInNeeded } from './sign-in-needed'
import { ThreadView } from './thread-view'
import { readCounterpartParam, readTicketParam } from './thread-path'
import { useSession } from '@/stores/session'
import { Skeleton } from '@/components/ui/skeleton'

/** /messages/:npub?ticket=<naddr> — one private thread with a person, about a ticket or not. */
export default function ThreadPage() {
  const { npub } = useParams<{ npub: string }>()
  const [search] = useSearchParams()
  const status = useSession((state) => state.status)
  const counterpart = readCounterpartParam(npub)
  const ticket = readTicketParam(search.get('ticket'))

  if (!counterpart.ok)
    return <ErrorPanel title="This conversation link is broken" message={counterpart.reason} />
  if (!ticket.ok)
    return <ErrorPanel title="This conversation link is broken" message={ticket.reason} />
  if (status === 'restoring' || status === 'signing-in') {
    return (
      <div aria-busy="true" className="space-y-3">
        <span className="sr-only">Loading your messages…</span>
        <Skeleton className="h-12 w-2/3" />
        <Skeleton className="h-16 w-3/4" />
        <Skeleton className="ml-auto h-16 w-1/2" />
      </div>
    )
  }
  if (status !== 'signed-in') return <SignInNeeded />
  return (
    <ThreadView
      key={`${counterpart.value}|${ticket.value ?? ''}`}
      counterpart={counterpart.value}
      ticketAddress={ticket.value}
    />
  )
}
