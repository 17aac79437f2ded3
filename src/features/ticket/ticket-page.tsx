import { useParams } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { ErrorPanel } from '@/components/ui/error-panel'
import { PageLoading } from './ticket-loading'
import { TicketView } from './ticket-view'
import { decodeTicketAddress } from './decode-ticket-address'
import { useTicket } from './use-ticket'

/** `/ticket/:naddr` — one ticket, readable by anyone, signed in or not. */
export default function TicketPage() {
  const { naddr } = useParams()
  const pointer = decodeTicketAddress(naddr)
  if (!pointer.ok)
    return <ErrorPanel title="This ticket link does not work" message={pointer.reason} />
  return <TicketLoader pubkey={pointer.value.pubkey} d={pointer.value.d} />
}

function TicketLoader({ pubkey, d }: { pubkey: string; d: string }) {
  const lookup = useTicket(pubkey, d)
  switch (lookup.state) {
    case 'loading':
      return <PageLoading />
    case 'not-found':
      return (
        <ErrorPanel
          title="Ticket not found"
          message="None of your relays has this ticket. It may have been deleted, or it lives on relays you do not use. You can add relays on the Relays page."
          onRetry={() => window.location.reload()}
        />
      )
    case 'unreadable':
      return (
        <Alert tone="error" title="This ticket cannot be shown">
          Its newest version is malformed: {lookup.reason}.
        </Alert>
      )
    case 'found':
      return <TicketView ticket={lookup.ticket} />
  }
}
