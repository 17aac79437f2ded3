import {
  NDKRelaySet,
  NDKRelayStatus,
  type NDKEvent,
  type NDKFilter,
  type NDKRelay,
} from '@nostr-dev-kit/ndk'
import type { Filter, NostrEvent } from 'nostr-tools'
import { getNdk, isRelayUp } from './client'
import { onRelayEvent, reportAuthRequired } from './relay-events'
import { renewedFilters } from './renewal'
import type { RelayState } from './subscription-state'
import { relayStateOfClosed } from './subscription-state'
import { toWellFormedEvent } from './verify'
import { verifyBatch } from './verify-batch'

export type SubscribeHandlers = {
  /** Called once per event id, only with events whose signature checked out; `relay` sent it. */
  onEvent: (event: NostrEvent, relay: string) => void
  /** Called once: when every relay sent all it has stored (or refused, or `eoseTimeoutMs` passed). */
  onEose?: () => void
  /** The state of the subscription on each relay, whenever one changes. */
  onState?: (states: Readonly<Record<string, RelayState>>) => void
}

export type SubscribeOptions = {
  /** The relays to ask; src/ndk has no relay list of its own. */
  relays: readonly string[]
  closeOnEose?: boolean
  /** A relay that never answers holds back `onEose` this long at most. */
  eoseTimeoutMs?: number
  /**
   * After a reconnect, ask again only from the newest event seen (minus a margin): true by
   * default. Filters whose events are back-dated (gift wraps) renew unchanged instead.
   */
  renewSince?: boolean
}

const DEFAULT_EOSE_TIMEOUT_MS = 8000

/** An event as NDK hands it over: its own class, or plain relay JSON for duplicates. */
type Received = NDKEvent | { id?: string }

const rawOf = (event: Received): unknown =>
  'rawEvent' in event && typeof event.rawEvent === 'function' ? event.rawEvent() : event

type OnRelay = {
  url: string
  relay: NDKRelay
  sub?: { stop: () => void }
  state: RelayState
  eosed: boolean
}

/**
 * Subscribes to verified, deduplicated events on the given relays, for as long as someone needs
 * them; returns the function that ends the subscription.
 *
 * Each relay gets its own NDK subscription (`exclusiveRelay`): NDK otherwise hands every incoming
 * event to every open subscription whose filter matches, whichever relay sent it, so one relay's
 * page would swallow another's. NDK re-sends after a reconnect only subscriptions still waiting
 * for EOSE, so this code renews a live subscription itself whenever its relay is ready again (or
 * has authenticated, NIP-42), from the newest event seen minus a margin. Events NDK delivers
 * "optimistically" while publishing (no relay took them yet) are ignored: what shows up here is
 * what a relay sent.
 *
 * Every event is verified here (id and signature, see verify.ts), in batches, off the main thread
 * once the verification worker is up; so NDK is told to skip its own check (`skipVerification`).
 * That is safe only because of how NDK deduplicates: it marks an id as seen when it first hands an
 * event over, so a forged copy (same id, bad signature) arriving first would make NDK report the
 * real one as a duplicate (`onEventDup`). Duplicates are therefore checked too, unless an event
 * with that id was already delivered: a forgery cannot hide the real event. Events are delivered
 * in the order they arrived, and `onEose` only after the events before it.
 */
export const subscribe = (
  filters: Filter | Filter[],
  handlers: SubscribeHandlers,
  options: SubscribeOptions,
): (() => void) => {
  const list = Array.isArray(filters) ? filters : [filters]
  const ndk = getNdk()
  const delivered = new Set<string>()
  let newestSeen: number | undefined
  let queue: { event: NostrEvent; relay: string }[] = []
  let drainTimer: ReturnType<typeof setTimeout> | undefined
  let done: Promise<void> = Promise.resolve()
  let stopped = false
  let eoseSent = false

  const relays: OnRelay[] = [...new Set(options.relays)].map((url) => {
    const relay = [...NDKRelaySet.fromRelayUrls([url], ndk).relays][0] as NDKRelay
    return { url, relay, state: 'connecting', eosed: false }
  })

  const reportState = () =>
    handlers.onState?.(Object.fromEntries(relays.map((r) => [r.url, r.state])))
  const setState = (on: OnRelay, state: RelayState) => {
    if (on.state === state) return
    on.state = state
    reportState()
  }

  const deliver = (batch: typeof queue, valid: boolean[]) => {
    batch.forEach(({ event, relay }, index) => {
      if (stopped || !valid[index] || delivered.has(event.id)) return
      delivered.add(event.id)
      newestSeen = Math.max(newestSeen ?? 0, event.created_at)
      handlers.onEvent(event, relay)
    })
  }
  // A burst of relay messages is gathered for one task, then verified as one batch.
  const drain = () => {
    drainTimer = undefined
    const batch = queue
    queue = []
    const checked = verifyBatch(batch.map((item) => item.event))
    done = Promise.all([done, checked]).then(([, valid]) => deliver(batch, valid))
  }
  const receive = (on: OnRelay) => (raw: Received, relay?: NDKRelay) => {
    // no relay: NDK's optimistic delivery of an event being published; not stored anywhere yet
    if (stopped || !relay || delivered.has(raw.id ?? '')) return
    const event = toWellFormedEvent(rawOf(raw))
    if (!event) return
    queue.push({ event, relay: on.url })
    drainTimer ??= setTimeout(drain, 0)
  }
  const sendEose = () => {
    if (eoseSent || stopped) return
    eoseSent = true
    clearTimeout(drainTimer)
    drain()
    void done.then(() => {
      if (stopped) return
      handlers.onEose?.()
      if (options.closeOnEose) stop()
    })
  }
  const settled = (on: OnRelay) =>
    on.eosed || on.state === 'refused' || on.state === 'auth-required'
  const checkEose = () => {
    if (relays.every(settled)) sendEose()
  }

  const open = (on: OnRelay) => {
    on.sub?.stop()
    const renewing = on.eosed && !options.closeOnEose
    const asked = renewing ? renewedFilters(list, newestSeen, options.renewSince ?? true) : list
    setState(on, on.eosed ? 'live' : 'loading')
    const sub = ndk.subscribe(
      asked as NDKFilter[],
      {
        closeOnEose: options.closeOnEose ?? false,
        relaySet: new NDKRelaySet(new Set([on.relay]), ndk),
        exclusiveRelay: true,
        groupable: false,
        skipVerification: true,
        skipOptimisticPublishEvent: true,
        dontSaveToCache: true,
        onEventDup: receive(on),
      },
      {
        onEvent: receive(on),
        onEose: () => {
          on.eosed = true
          setState(on, 'live')
          checkEose()
        },
      },
    )
    sub.on('closed', (_relay: NDKRelay, reason: string) => {
      const state = relayStateOfClosed(reason)
      if (state === 'auth-required') reportAuthRequired(on.url)
      on.sub = undefined
      setState(on, state)
      checkEose()
    })
    on.sub = sub
  }

  const stopListening = onRelayEvent((url, event) => {
    const on = relays.find((r) => r.url === url)
    if (!on || stopped) return
    if (event === 'down') {
      on.sub?.stop()
      on.sub = undefined
      if (!(options.closeOnEose && on.eosed)) setState(on, 'reconnecting')
    } else if (event === 'ready' || (event === 'authed' && on.state === 'auth-required')) {
      if (!(options.closeOnEose && on.eosed)) open(on)
    }
  })

  const stop = () => {
    if (stopped) return
    stopped = true
    clearTimeout(timer)
    clearTimeout(drainTimer)
    stopListening()
    for (const on of relays) on.sub?.stop()
  }

  for (const on of relays) {
    if (isRelayUp(on.relay)) open(on)
    else if (on.relay.status === NDKRelayStatus.DISCONNECTED) on.relay.connect().catch(() => {})
  }
  if (relays.length === 0) queueMicrotask(sendEose)
  const timer = setTimeout(sendEose, options.eoseTimeoutMs ?? DEFAULT_EOSE_TIMEOUT_MS)
  reportState()
  return stop
}
