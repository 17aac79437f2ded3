import type { RelayStatus } from '@/stores/relays'

const looks: Record<RelayStatus, { dot: string; text: string }> = {
  connected: { dot: 'bg-emerald-500', text: 'Connected' },
  connecting: { dot: 'bg-stone-400 animate-pulse', text: 'Connecting…' },
  disconnected: { dot: 'bg-stone-400', text: 'Disconnected' },
  error: { dot: 'bg-red-500', text: 'Cannot connect' },
  'needs-auth': { dot: 'bg-amber-500', text: 'Needs sign-in' },
}

/** A relay's live state as a coloured dot and a word (never colour alone). */
export function RelayStatusDot({ status }: { status: RelayStatus }) {
  const look = looks[status]
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${look.dot}`} />
      {look.text}
    </span>
  )
}
