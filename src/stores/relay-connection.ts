import { setAuthRelays } from '@/ndk/auth'
import { poolConnections, setPoolRelays } from '@/ndk/client'
import { onRelayEvent, relayNeedsAuth } from '@/ndk/relay-events'
import { ownDataRelayUrls, useRelays } from './relays'

/** Relays that fail before any event fires, and reconnect attempts, show up at least this often. */
const STATUS_TICK_MS = 3000

const reportStatuses = () => {
  const connections = poolConnections()
  const store = useRelays.getState()
  for (const entry of store.relays) {
    const connection = connections[entry.url]
    if (!connection) continue
    store.setRelayStatus(entry.url, relayNeedsAuth(entry.url) ? 'needs-auth' : connection)
  }
}

let started = false

/**
 * Keeps the relay pool in step with the relays store (the app's list and the person's own) and
 * the store's connection states in step with the pool; these relays are also the ones the app
 * may authenticate to (NIP-42). Once per page load.
 */
export const connectRelays = (): void => {
  if (started) return
  started = true
  const apply = () => {
    const urls = ownDataRelayUrls(useRelays.getState())
    setPoolRelays(urls)
    setAuthRelays('chosen', urls)
    reportStatuses()
  }
  apply()
  useRelays.subscribe((state, previous) => {
    const urls = state.relays.map((relay) => relay.url).join()
    if (urls !== previous.relays.map((relay) => relay.url).join()) apply()
  })
  onRelayEvent((_url, event) => {
    if (event === 'status' || event === 'auth-required') reportStatuses()
  })
  setInterval(reportStatuses, STATUS_TICK_MS)
}
