import NDK, { NDKRelayStatus, type NDKRelay } from '@nostr-dev-kit/ndk'
import { LRUCache } from 'typescript-lru-cache'
import { normalizeRelayUrl } from '@/nostr/safe-url'
import { keepRelaysConnected } from './relay-reconnect'

let ndk: NDK | undefined

/**
 * The one NDK instance of the app. It knows no relays of its own: the relays store tells it which
 * to use (`setPoolRelays`), and every subscription and publication names its relays.
 */
export const getNdk = (): NDK => {
  ndk ??= new NDK({
    explicitRelayUrls: [],
    enableOutboxModel: false,
    autoConnectUserRelays: false,
    // src/ndk verifies every event itself (see verify.ts); NDK's sampling would only repeat it
    initialValidationRatio: 1,
    lowestValidationRatio: 1,
  })
  // NDK notes which relays sent each event in a cache whose entries expire; with expiry on, every
  // note scans the whole cache, so reading thousands of tickets took quadratic time. Same bound,
  // no expiry: the oldest notes go once it is full.
  ndk.subManager.seenEvents = new LRUCache({ maxSize: 10_000 })
  return ndk
}

/** The relay's URL in the app's spelling (NDK adds a trailing slash). */
export const relayKey = (relay: NDKRelay): string => normalizeRelayUrl(relay.url) ?? relay.url

/** Connection state of one relay, in the words the app shows. */
export type RelayConnection = 'connecting' | 'connected' | 'disconnected' | 'error'

const connectionOf = (relay: NDKRelay): RelayConnection => {
  if (relay.status >= NDKRelayStatus.CONNECTED) return 'connected'
  if (relay.status === NDKRelayStatus.FLAPPING) return 'error'
  if (relay.status >= NDKRelayStatus.RECONNECTING) return 'connecting'
  // disconnected: an error when it never managed to connect since it was tried
  return relay.connectionStats.attempts > 0 && relay.connectionStats.success === 0
    ? 'error'
    : 'disconnected'
}

/** True while the relay's connection is open (authenticated or not). */
export const isRelayUp = (relay: NDKRelay): boolean => relay.status >= NDKRelayStatus.CONNECTED

let started = false

/**
 * Makes the pool hold exactly `urls` (the app's relays and the person's own), connecting the new
 * ones; relays used only for a moment (someone's DM relays) join as temporary relays elsewhere.
 * The first call also starts keeping dropped relays connected.
 */
export const setPoolRelays = (urls: readonly string[]): void => {
  const instance = getNdk()
  const wanted = new Set(urls)
  for (const relay of [...instance.pool.relays.values()]) {
    if (!wanted.has(relayKey(relay))) instance.pool.removeRelay(relay.url)
  }
  const present = new Set([...instance.pool.relays.values()].map(relayKey))
  for (const url of urls) if (!present.has(url)) instance.addExplicitRelay(url, undefined, true)
  instance.explicitRelayUrls = [...urls]
  if (started) return
  started = true
  keepRelaysConnected(instance)
  void instance.connect(4000).catch(() => {})
}

/** The connection state of every relay in the pool, by the app's spelling of its URL. */
export const poolConnections = (): Record<string, RelayConnection> =>
  Object.fromEntries(
    [...getNdk().pool.relays.values()].map((relay) => [relayKey(relay), connectionOf(relay)]),
  )

/** True when `url` is a relay of the pool that is known to be disconnected right now. */
export const relayIsDown = (url: string): boolean => {
  const relay = [...getNdk().pool.relays.values()].find((r) => relayKey(r) === url)
  return relay !== undefined && !isRelayUp(relay)
}

/** True when at least one of `urls` has an open connection (else asking them would only wait). */
export const anyRelayUp = (urls: readonly string[]): boolean => {
  const wanted = new Set(urls)
  return [...getNdk().pool.relays.values()].some((r) => wanted.has(relayKey(r)) && isRelayUp(r))
}
