import type NDK from '@nostr-dev-kit/ndk'
import { NDKRelayStatus } from '@nostr-dev-kit/ndk'

/**
 * NDK 3.0.3 tries to reconnect a dropped relay once and then gives up when that try fails (no
 * connect timeout is armed), so a relay that restarts would stay disconnected for good. For as long
 * as the app runs, disconnected relays are tried again with a backoff (2 s doubling to 60 s), so
 * pending messages go out and live views renew once a relay is back.
 */
export const keepRelaysConnected = (ndk: NDK): (() => void) => {
  const waits = new Map<string, { next: number; delay: number }>()
  const tick = () => {
    const now = Date.now()
    for (const relay of ndk.pool.relays.values()) {
      if (relay.status !== NDKRelayStatus.DISCONNECTED) {
        if (relay.status >= NDKRelayStatus.CONNECTED) waits.delete(relay.url)
        continue
      }
      const wait = waits.get(relay.url) ?? { next: now, delay: 2000 }
      if (now < wait.next) continue
      waits.set(relay.url, { next: now + wait.delay, delay: Math.min(wait.delay * 2, 60_000) })
      relay.connect(undefined, false).catch(() => {})
    }
  }
  const timer = setInterval(tick, 1000)
  return () => clearInterval(timer)
}
