import { NDKRelaySet, NDKRelayStatus, type NDKEvent, type NDKFilter } from '@nostr-dev-kit/ndk'
import type { Filter, NostrEvent } from 'nostr-tools'
import { getNdk } from './client'
import { relaysForFilters } from './relay-choice'
import { toWellFormedEvent } from './verify'
import { verifyBatch } from './verify-batch'

export type SubscribeHandlers = {
  /** Called once per event id, only with events whose signature checked out. */
  onEvent: (event: NostrEvent) => void
  /** Called once: when the relays say they sent everything stored, or after `eoseTimeoutMs`. */
  onEose?: () => void
}

export type SubscribeOptions = {
  closeOnEose?: boolean
  /** Relays to ask instead of the usual choice (app relays, plus the person's for their own data). */
  relays?: string[]
  /** A relay that refuses (CLOSED) never sends EOSE, so EOSE is assumed after this long. */
  eoseTimeoutMs?: number
}

const DEFAULT_EOSE_TIMEOUT_MS = 8000

/** An event as NDK hands it over: its own class, or plain relay JSON for duplicates. */
type Received = NDKEvent | { id?: string }

const rawOf = (event: Received): unknown =>
  'rawEvent' in event && typeof event.rawEvent === 'function' ? event.rawEvent() : event

/**
 * Subscribes to verified, deduplicated events; returns the function that ends the subscription.
 *
 * Every event is verified here (id and signature, see verify.ts), in batches, off the main thread
 * once the verification worker is up; so NDK is told to skip its own check of these events
 * (`skipVerification`), which would only repeat the work on the main thread. That is safe only
 * because of how NDK deduplicates: it marks an id as seen when it first hands an event over, so
 * without its check a forged copy of a real event (same id, bad signature) arriving first would
 * make NDK report the real one as a duplicate (`onEventDup`). Duplicates are therefore checked
 * too, unless an event with that id was already delivered: a forgery cannot hide the real event.
 * Events are delivered in the order they arrived, and `onEose` only after the events before it.
 */
export const subscribe = (
  filters: Filter | Filter[],
  handlers: SubscribeHandlers,
  options: SubscribeOptions = {},
): (() => void) => {
  const list = Array.isArray(filters) ? filters : [filters]
  const ndk = getNdk()
  const relaySet = NDKRelaySet.fromRelayUrls(options.relays ?? relaysForFilters(list), ndk)
  // A relay new to the pool would wait for the pool to start (connectNdk, after the offline cache
  // has loaded): connecting it now lets the first events of a cold start arrive sooner.
  for (const relay of relaySet.relays) {
    if (relay.status === NDKRelayStatus.DISCONNECTED) relay.connect().catch(() => {})
  }
  const delivered = new Set<string>()
  let queue: NostrEvent[] = []
  let drainTimer: ReturnType<typeof setTimeout> | undefined
  let done: Promise<void> = Promise.resolve()
  let stopped = false
  let eosed = false

  const stop = () => {
    if (stopped) return
    stopped = true
    clearTimeout(timer)
    clearTimeout(drainTimer)
    subscription.stop()
  }
  const deliver = (events: NostrEvent[], valid: boolean[]) => {
    events.forEach((event, index) => {
      if (stopped || !valid[index] || delivered.has(event.id)) return
      delivered.add(event.id)
      handlers.onEvent(event)
    })
  }
  // A burst of relay messages is gathered for one task, then verified as one batch.
  const drain = () => {
    drainTimer = undefined
    const batch = queue
    queue = []
    const checked = verifyBatch(batch)
    done = Promise.all([done, checked]).then(([, valid]) => deliver(batch, valid))
  }
  const receive = (raw: Received) => {
    if (stopped || delivered.has(raw.id ?? '')) return
    const event = toWellFormedEvent(rawOf(raw))
    if (!event) return
    queue.push(event)
    drainTimer ??= setTimeout(drain, 0)
  }
  const eose = () => {
    if (eosed || stopped) return
    eosed = true
    clearTimeout(drainTimer)
    drain()
    void done.then(() => {
      if (stopped) return
      handlers.onEose?.()
      if (options.closeOnEose) stop()
    })
  }

  const subscription = ndk.subscribe(
    list as NDKFilter[],
    {
      closeOnEose: options.closeOnEose ?? false,
      relaySet,
      groupable: false,
      skipVerification: true,
      onEventDup: receive,
    },
    { onEvent: receive, onEose: eose },
  )
  // handlers only run after this (NDK starts subscriptions on a later tick)
  const timer = setTimeout(eose, options.eoseTimeoutMs ?? DEFAULT_EOSE_TIMEOUT_MS)
  return stop
}
