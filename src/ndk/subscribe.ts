import { NDKRelaySet, type NDKEvent, type NDKFilter } from '@nostr-dev-kit/ndk'
import type { Filter, NostrEvent } from 'nostr-tools'
import { getNdk } from './client'
import { relaysForFilters } from './relay-choice'
import { toVerifiedEvent } from './verify'

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

/** Subscribes to verified, deduplicated events; returns the function that ends the subscription. */
export const subscribe = (
  filters: Filter | Filter[],
  handlers: SubscribeHandlers,
  options: SubscribeOptions = {},
): (() => void) => {
  const list = Array.isArray(filters) ? filters : [filters]
  const ndk = getNdk()
  const relaySet = NDKRelaySet.fromRelayUrls(options.relays ?? relaysForFilters(list), ndk)
  const seen = new Set<string>()
  let stopped = false
  let eosed = false

  const stop = () => {
    if (stopped) return
    stopped = true
    clearTimeout(timer)
    subscription.stop()
  }
  const eose = () => {
    if (eosed || stopped) return
    eosed = true
    handlers.onEose?.()
    if (options.closeOnEose) stop()
  }
  const onEvent = (ndkEvent: NDKEvent) => {
    if (stopped) return
    const event = toVerifiedEvent(ndkEvent.rawEvent())
    if (!event || seen.has(event.id)) return
    seen.add(event.id)
    handlers.onEvent(event)
  }

  const subscription = ndk.subscribe(
    list as NDKFilter[],
    { closeOnEose: options.closeOnEose ?? false, relaySet, groupable: false },
    { onEvent, onEose: eose },
  )
  // handlers only run after this (NDK starts subscriptions on a later tick)
  const timer = setTimeout(eose, options.eoseTimeoutMs ?? DEFAULT_EOSE_TIMEOUT_MS)
  return stop
}
