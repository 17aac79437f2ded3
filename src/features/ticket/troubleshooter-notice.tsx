import { npubEncode } from 'nostr-tools/nip19'
import { Link } from '@/components/router'
import { PersonChip } from '@/components/ui/person-chip'
import type { Ticket } from '@/nostr/ticket'

const lead: Record<Ticket['status'], string> = {
  new: 'Asked directly:',
  'in-progress': 'In progress with',
  resolved: 'Resolved with the help of',
  failed: 'Closed as failed. The troubleshooter was',
}

/**
 * Names the troubleshooter of this ticket: the one whose offer was accepted, or, while the ticket is
 * New, the one the Bitcoiner asked directly (its `p` tag).
 */
export function TroubleshooterNotice({ ticket, mine }: { ticket: Ticket; mine: boolean }) {
  const winner = ticket.status === 'new' ? ticket.troubleshooter : ticket.acceptedOffer?.pubkey
  if (!winner) return null
  return (
    <div
      role="status"
      className="mt-5 flex flex-wrap items-center gap-x-2 gap-y-1 rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-100"
    >
      <span>{lead[ticket.status]}</span>
      <Link
        to={`/p/${npubEncode(winner)}`}
        className="min-w-0 rounded-md font-semibold hover:underline"
      >
        <PersonChip pubkey={winner} size="sm" />
      </Link>
      {mine && ticket.status === 'in-progress' && <span>— your troubleshooter.</span>}
    </div>
  )
}
