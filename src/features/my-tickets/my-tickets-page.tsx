import { useState } from 'react'
import type { ReactNode } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeading } from '@/components/ui/page-heading'
import { ListSkeleton } from '@/components/ui/skeleton'
import { StatusBadge } from '@/components/ui/status-badge'
import { useMyTickets } from '@/hooks/use-my-tickets'
import { formatAddress } from '@/nostr/address'
import type { Ticket, TicketStatus } from '@/nostr/ticket'
import { TICKET_STATUSES } from '@/nostr/ticket-state'
import { useSession } from '@/stores/session'
import { MyTicketRow } from './my-ticket-row'
import { countNewOffers, loadSeenOffers, markOffersSeen } from '@/stores/seen-offers'

const INTRO = 'Your tickets by status, with the offers troubleshooters sent.'

/** `/my/tickets` — the signed-in Bitcoiner's tickets, grouped by status. */
export default function MyTicketsPage() {
  const session = useSession()
  if (session.status === 'signed-in' && session.pubkey)
    return <MyTickets key={session.pubkey} pubkey={session.pubkey} />
  return (
    <>
      <PageHeading title="My tickets" description={INTRO} />
      {session.status === 'restoring' || session.status === 'signing-in' ? (
        <ListSkeleton label="Loading your tickets" />
      ) : (
        <EmptyState
          icon={<span className="text-xl font-bold">₿</span>}
          title="Sign in to see your tickets"
          actions={
            <>
              <Link to="/sign-in" className={buttonClass.primary}>
                Sign in
              </Link>
              <Link to="/" className={buttonClass.secondary}>
                Browse open tickets
              </Link>
            </>
          }
        >
          Your tickets are signed with your nostr key, so this page needs to know who you are.
        </EmptyState>
      )}
    </>
  )
}

function MyTickets({ pubkey }: { pubkey: string }) {
  const { tickets, offersByTicket, loading } = useMyTickets(pubkey)
  const [seen, setSeen] = useState(() => loadSeenOffers(pubkey))
  const groups = TICKET_STATUSES.map((status) => ({
    status,
    tickets: tickets.filter((ticket) => ticket.status === status),
  })).filter((group) => group.tickets.length > 0)
  const postButton = (
    <Link to="/new" className={buttonClass.primary}>
      Post a ticket
    </Link>
  )

  return (
    <>
      <PageHeading
        title="My tickets"
        description={INTRO}
        actions={tickets.length > 0 && postButton}
      />
      {tickets.length === 0 ? (
        loading ? (
          <ListSkeleton label="Loading your tickets" />
        ) : (
          <EmptyState
            icon={<span className="text-xl font-bold">₿</span>}
            title="You have not posted a ticket yet"
            actions={postButton}
          >
            Describe what is wrong with your wallet, node or channel, and troubleshooters will offer
            to help for sats.
          </EmptyState>
        )
      ) : (
        <div className="space-y-8">
          {groups.map((group) => (
            <TicketGroup
              key={group.status}
              status={group.status}
              tickets={group.tickets}
              render={(ticket) => {
                const address = formatAddress(ticket.address)
                const offers = offersByTicket[address] ?? []
                return (
                  <MyTicketRow
                    ticket={ticket}
                    offers={offers.length}
                    newOffers={countNewOffers(offers, seen[address])}
                    onOpen={() =>
                      setSeen(markOffersSeen(pubkey, address, Math.floor(Date.now() / 1000)))
                    }
                  />
                )
              }}
            />
          ))}
        </div>
      )}
    </>
  )
}

type GroupProps = {
  status: TicketStatus
  tickets: Ticket[]
  render: (ticket: Ticket) => ReactNode
}

function TicketGroup({ status, tickets, render }: GroupProps) {
  const id = `my-tickets-${status}`
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 flex items-center gap-2 text-sm font-semibold">
        <StatusBadge status={status} />
        <span className="text-stone-500">
          {tickets.length}
          <span className="sr-only"> {tickets.length === 1 ? 'ticket' : 'tickets'}</span>
        </span>
      </h2>
      <ul className="space-y-3">
        {tickets.map((ticket) => (
          <li key={formatAddress(ticket.address)}>{render(ticket)}</li>
        ))}
      </ul>
    </section>
  )
}
