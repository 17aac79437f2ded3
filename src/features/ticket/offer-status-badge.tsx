import type { OfferStatus } from '@/nostr/offer-status'
import { offerStatusLabel } from '@/nostr/offer-status'

const styles: Record<OfferStatus, string> = {
  pending:
    'bg-stone-100 text-stone-700 ring-stone-300 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-700',
  won: 'bg-emerald-100 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-800',
  lost: 'bg-stone-200 text-stone-500 ring-stone-300 dark:bg-stone-800 dark:text-stone-400 dark:ring-stone-700',
}

/** An offer's derived status (Pending, Won, Lost) as a pill. */
export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[status]}`}
    >
      {offerStatusLabel(status)}
    </span>
  )
}
