import type { RelayEntry } from '@/stores/relays'
import { RelayStatusDot } from './relay-status-dot'

type Props = { relay: RelayEntry; onRemove?: (url: string) => void }

/** One relay: address, live status, read/write markers and (for the person's list) remove. */
export function RelayRow({ relay, onRemove }: Props) {
  return (
    <li
      data-testid="relay-row"
      data-relay={relay.url}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3"
    >
      <span className="w-full min-w-0 font-mono text-sm break-all sm:w-auto sm:flex-1">
        {relay.url}
      </span>
      <RelayStatusDot status={relay.status} />
      {relay.source === 'nip65' && (
        <span className="flex gap-1 text-xs">
          {relay.read && <Marker>read</Marker>}
          {relay.write && <Marker>write</Marker>}
        </span>
      )}
      {onRemove && (
        <button
          type="button"
          onClick={() => onRemove(relay.url)}
          aria-label={`Remove ${relay.url}`}
          className="ml-auto rounded-md px-2 py-1 text-xs font-semibold text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40"
        >
          Remove
        </button>
      )}
    </li>
  )
}

function Marker({ children }: { children: string }) {
  return (
    <span className="rounded-full bg-stone-100 px-2 py-0.5 font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-300">
      {children}
    </span>
  )
}
