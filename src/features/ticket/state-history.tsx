import { formatDate } from '@/components/ui/format-time-ago'
import { TimeAgo } from '@/components/ui/time-ago'
import type { TicketStateChange } from '@/nostr/ticket-status'
import { ticketStatusLabel } from '@/nostr/ticket-state'

const describe = (change: TicketStateChange): string =>
  change.from === null
    ? `Posted as ${ticketStatusLabel(change.to)}`
    : `${ticketStatusLabel(change.from)} → ${ticketStatusLabel(change.to)}`

/** The ticket's `state_history`, oldest first, folded away by default. */
export function StateHistory({ history }: { history: TicketStateChange[] }) {
  if (history.length === 0) return null
  return (
    <details className="group mt-4 text-sm">
      <summary className="cursor-pointer font-medium text-stone-600 select-none hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100">
        History ({history.length} {history.length === 1 ? 'change' : 'changes'})
      </summary>
      <ol className="mt-2 space-y-1.5 border-l-2 border-stone-200 pl-4 dark:border-stone-800">
        {history.map((change) => (
          <li
            key={`${change.at}-${change.from}-${change.to}`}
            className="flex flex-wrap gap-x-2 text-stone-700 dark:text-stone-300"
          >
            <span className="font-medium">{describe(change)}</span>
            <span className="text-stone-500">
              <TimeAgo timestamp={change.at} /> · {formatDate(change.at)}
            </span>
          </li>
        ))}
      </ol>
    </details>
  )
}
