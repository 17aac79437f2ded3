import { Link, useParams } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { ErrorPanel } from '@/components/ui/error-panel'
import { useTicket } from '@/hooks/use-ticket'
import { formatAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import { decodeTicketAddress } from '@/nostr/ticket-link'
import { PageLoading } from './ticket-loading'
import { TicketView } from './ticket-view'

/** `/ticket/:naddr` — one ticket and its offers, readable by anyone, signed in or not. */
export default function TicketPage() {
  const { naddr = '' } = useParams()
  const pointer = decodeTicketAddress(naddr)
  if (!pointer.ok)
    return <ErrorPanel title="This ticket link does not work" message={pointer.reason} />
  const address = formatAddress({
    kind: Kind.Ticket,
    pubkey: pointer.value.pubkey,
    d: pointer.value.d,
  })
  return <TicketLoader key={address} address={address} naddr={naddr} />
}

function TicketLoader({ address, naddr }: { address: string; naddr: string }) {
  const { ticket, loading, deleted } = useTicket(address)
  if (ticket) return <TicketView ticket={ticket} naddr={naddr} />
  if (deleted)
    return (
      <div role="status" className="mx-auto max-w-lg py-12 text-center">
        <h1 className="text-xl font-semibold">This ticket was deleted</h1>
        <p className="mt-2 text-sm leading-relaxed text-stone-600 dark:text-stone-400">
          Its author withdrew it. Clients that honour deletions no longer show it.
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-2">
          <Link to="/" className={buttonClass.primary}>
            Browse open tickets
          </Link>
          <Link to="/my/tickets" className={buttonClass.secondary}>
            My tickets
          </Link>
        </div>
      </div>
    )
  if (loading) return <PageLoading />
  return (
    <ErrorPanel
      title="Ticket not found"
      message="None of your relays has this ticket. It may have been deleted, or it lives on relays you do not use. You can add relays on the Relays page."
      onRetry={() => window.location.reload()}
    />
  )
}
