import { npubEncode } from 'nostr-tools/nip19'
import { ReputationBadge } from '@/components/person/reputation-badge'
import { Link } from '@/components/router'
import { Avatar } from '@/components/ui/avatar'
import { displayName } from '@/components/ui/display-name'
import { StatusBadge } from '@/components/ui/status-badge'
import { ticketPath } from '@/components/ui/ticket-path'
import { UserText } from '@/components/ui/user-text'
import { useProfile } from '@/hooks/use-profile'
import type { Ticket } from '@/nostr/ticket'

type Props = {
  counterpart: string
  ticket?: Ticket
  /** Shown when the ticket cannot be loaded: the subject the messages carried. */
  subject?: string
  /** The thread names a ticket (even if it is not loaded yet). */
  aboutTicket: boolean
  ticketLoading: boolean
}

/** The top of a thread: back to the inbox, who it is with, and the ticket it is about. */
export function ThreadHeader({ counterpart, ticket, subject, aboutTicket, ticketLoading }: Props) {
  const profile = useProfile(counterpart)
  const name = displayName(counterpart, profile)
  const about = ticket?.title ?? subject
  return (
    <header className="mb-4 border-b border-stone-200 pb-3 dark:border-stone-800">
      <Link
        to="/messages"
        className="mb-3 inline-flex items-center gap-1 rounded-md text-sm font-medium text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"
      >
        <span aria-hidden="true">←</span> All messages
      </Link>
      <div className="flex min-w-0 items-center gap-3">
        <Avatar pubkey={counterpart} picture={profile?.picture} name={name} />
        <div className="min-w-0 flex-1">
          <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-0.5">
            <h1 className="min-w-0 truncate text-lg leading-tight font-bold">
              <Link to={`/p/${npubEncode(counterpart)}`} className="hover:underline">
                <UserText>{name}</UserText>
              </Link>
            </h1>
            <ReputationBadge
              pubkey={counterpart}
              role={ticket?.pubkey === counterpart ? 'bitcoiner' : 'troubleshooter'}
            />
          </div>
          <p className="flex min-w-0 items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
            {ticket ? (
              <>
                <Link
                  to={ticketPath(ticket.pubkey, ticket.d)}
                  className="min-w-0 truncate font-medium text-amber-800 hover:underline dark:text-amber-300"
                >
                  <UserText>{ticket.title}</UserText>
                </Link>
                <StatusBadge status={ticket.status} />
              </>
            ) : aboutTicket ? (
              <UserText lines={1}>
                {about ??
                  (ticketLoading ? 'Loading the ticket…' : 'A ticket that could not be found')}
              </UserText>
            ) : (
              <span>Private conversation, not about a ticket</span>
            )}
          </p>
        </div>
      </div>
    </header>
  )
}
