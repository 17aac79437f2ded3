import { NavLink } from '@/components/router'
import { isRelayOpen, useRelays } from '@/stores/relays'

type Props = { className?: string; /** Just "3/4", for the phone's top bar. */ compact?: boolean }

/** "3/4 relays" with a coloured dot, linking to the Relays page. */
export function RelayStatus({ className = '', compact = false }: Props) {
  const relays = useRelays((state) => state.relays)
  const connected = relays.filter(isRelayOpen).length
  const total = relays.length
  const connecting = relays.some((relay) => relay.status === 'connecting')
  const dot =
    connected === 0
      ? connecting
        ? 'bg-stone-400 animate-pulse'
        : 'bg-red-500'
      : connected < total
        ? 'bg-amber-500'
        : 'bg-emerald-500'
  return (
    <NavLink
      to="/relays"
      aria-label={`${connected}/${total} relays connected. Manage relays`}
      title={`${connected} of ${total} relays connected`}
      className={`inline-flex items-center gap-2 rounded-full px-2.5 py-1 text-xs font-medium text-stone-600 tabular-nums hover:bg-stone-200/70 dark:text-stone-400 dark:hover:bg-stone-800 ${className}`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      {connected}/{total}
      {!compact && ' relays'}
    </NavLink>
  )
}
