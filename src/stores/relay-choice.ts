import type { Filter } from 'nostr-tools'
import type { RelayLimits } from '@/nostr/relay-limits'
import { isLoopbackRelay } from '@/nostr/relay-limits'
import { ownDataRelayUrls, readRelayUrls, useRelays, writeRelayUrls } from './relays'
import { useSession } from './session'

/** True when a filter asks for the signed-in person's own events or events addressed to them. */
const isAboutMe = (filter: Filter, me: string | undefined): boolean =>
  me !== undefined && (filter.authors?.includes(me) === true || filter['#p']?.includes(me) === true)

/**
 * Relays to read `filters` from: the app's relays, plus the signed-in person's NIP-65 relays when
 * the filters ask for their own data (their events, or events tagging them).
 */
export const relaysForFilters = (filters: readonly Filter[]): string[] => {
  const state = useRelays.getState()
  const me = useSession.getState().pubkey
  return filters.some((filter) => isAboutMe(filter, me))
    ? ownDataRelayUrls(state)
    : readRelayUrls(state)
}

/** Relays to publish to: the app's relays plus the signed-in person's NIP-65 write relays. */
export const relaysForPublishing = (extra: readonly string[] = []): string[] => [
  ...new Set([...writeRelayUrls(useRelays.getState()), ...extra]),
]

/**
 * The limits on relay addresses taken from other people: loopback relays only when the app itself
 * is configured with one (a local demo or the tests), never otherwise.
 */
export const relayLimits = (): RelayLimits => ({
  allowLoopback: readRelayUrls(useRelays.getState()).some(isLoopbackRelay),
})
