import type { BubbleItem } from './bubble-item'

type Props = {
  delivery: NonNullable<BubbleItem['delivery']>
  onRetry: () => void
  onDiscard: () => void
}

const relays = (n: number) => (n === 1 ? '1 relay' : `${n} relays`)

/** Where one of my messages is: sending, waiting for a relay, sent (to how many), or failed. */
export function DeliveryStatus({ delivery, onRetry, onDiscard }: Props) {
  const { status, relayCount, reason } = delivery
  if (status === 'sent') {
    return <span>Sent{relayCount ? ` · ${relays(relayCount)}` : ''}</span>
  }
  if (status === 'sending') return <span>Sending…</span>
  if (status === 'pending') {
    return (
      <span className="flex flex-wrap items-center justify-end gap-x-2 text-amber-800 dark:text-amber-300">
        <span title={reason}>Waiting to send: it goes out when a relay is reachable</span>
        <button
          type="button"
          onClick={onRetry}
          className="font-semibold underline underline-offset-2"
        >
          Try now
        </button>
      </span>
    )
  }
  return (
    <span className="flex flex-wrap items-center justify-end gap-x-2 gap-y-1 text-red-700 dark:text-red-400">
      <span role="alert">Not sent{reason ? `: ${reason}` : ''}</span>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md border border-red-300 px-2 py-0.5 font-semibold hover:bg-red-50 dark:border-red-800 dark:hover:bg-red-950"
      >
        Retry
      </button>
      <button type="button" onClick={onDiscard} className="underline underline-offset-2">
        Discard
      </button>
    </span>
  )
}
