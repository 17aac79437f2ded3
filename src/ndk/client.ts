import { keepRelaysConnected } from './relay-reconnect'
import NDK, { NDKRelayStatus, type NDKRelay } from '@nostr-dev-kit/ndk'
import { normalizeRelayUrl } from '@/nostr/safe-url'
import { useRelays, type RelayStatus } from '@/stores/relays'

let ndk: NDK | undefined
let connected = false

/** The one NDK instance of the app, created on first use with the relays in the relays store. */
export const getNdk = (): NDK => {
  ndk ??= new NDK({
    explicitRelayUrls: useRelays.getState().relays.map((relay) => relay.url),
    enableOutboxModel: false,
    autoConnectUserRelays: false,
    // NDK samples signatures; src/ndk verifies every event itself anyway (see verify.ts)
    initialValidationRatio: 1,
    lowestValidationRatio: 1,
    futureTimestampGrace: 15 * 60,
  })
  return ndk
}

/** The relay's URL in the app's spelling (NDK adds a trailing slash). */
export const relayKey = (relay: NDKRelay): string => normalizeRelayUrl(relay.url) ?? relay.url

const statusOf = (relay: NDKRelay): RelayStatus => {
  if (relay.status >= NDKRelayStatus.CONNECTED) return 'connected'
  if (relay.status === NDKRelayStatus.FLAPPING) return 'error'
  if (relay.status >= NDKRelayStatus.RECONNECTING) return 'connecting'
  // disconnected: an error when it never managed to connect since it was tried
  return relay.connectionStats.attempts > 0 && relay.connectionStats.success === 0
    ? 'error'
    : 'disconnected'
}

const reportStatus = (relay: NDKRelay) =>
  useRelays.getState().setRelayStatus(relayKey(relay), statusOf(relay))

const reportAll = (instance: NDK) => {
  for (const relay of instance.pool.relays.values()) reportStatus(relay)
}

/** Adds relays that joined the relays store to the pool and drops those that left it. */
const syncPool = (instance: NDK, urls: readonly string[]) => {
  const wanted = new Set(urls)
  for (const relay of [...instance.pool.relays.values()]) {
    if (!wanted.has(relayKey(relay))) instance.pool.removeRelay(relay.url)
  }
  const present = new Set([...instance.pool.relays.values()].map(relayKey))
  for (const url of urls) if (!present.has(url)) instance.addExplicitRelay(url, undefined, true)
  instance.explicitRelayUrls = [...urls]
}

/**
 * Connects to the relays (once) and keeps the pool and the live relay statuses in step with the
 * relays store. Safe to call more than once. The offline cache is not attached here: the app
 * attaches it (`attachCache` in cache.ts) once the first screen is painted.
 */
export const connectNdk = async (): Promise<NDK> => {
  const instance = getNdk()
  if (connected) return instance
  connected = true
  syncPool(
    instance,
    useRelays.getState().relays.map((relay) => relay.url),
  )
  const pool = instance.pool
  for (const name of [
    'relay:connecting',
    'relay:connect',
    'relay:ready',
    'relay:disconnect',
  ] as const) {
    pool.on(name, (relay: NDKRelay) => reportStatus(relay))
  }
  pool.on('flapping', (relay: NDKRelay) => reportStatus(relay))
  useRelays.subscribe((state, previous) => {
    const urls = state.relays.map((relay) => relay.url)
    if (urls.join() !== previous.relays.map((relay) => relay.url).join()) {
      syncPool(instance, urls)
      reportAll(instance)
    }
  })
  // relays that fail before any event fires, and reconnect attempts, show up on this tick
  setInterval(() => reportAll(instance), 3000)
  keepRelaysConnected(instance)
  await instance.connect(4000)
  reportAll(instance)
  return instance
}
