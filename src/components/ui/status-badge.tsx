import type { TicketStatus } from '@/nostr/ticket-status'
import { ticketStatusLabel } from '@/nostr/ticket-state'

const styles: Record<TicketStatus, string> = {
  new: 'bg-bitcoin/15 text-amber-800 ring-bitcoin/40 dark:text-amber-300',
  'in-progress':
    'bg-sky-100 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-300 dark:ring-sky-800',
  resolved:
    'bg-emerald-100 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-800',
  failed:
    'bg-stone-200 text-stone-700 ring-stone-300 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-700',
}

/** A ticket's status (New, In progress, Resolved, Failed) as a coloured pill. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[status]}`}
    >
      {ticketStatusLabel(status)}
    </span>
  )
}
