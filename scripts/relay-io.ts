import { finalizeEvent } from 'nostr-tools'
import type { EventTemplate, Filter, NostrEvent } from 'nostr-tools'
import { Relay, useWebSocketImplementation } from 'nostr-tools/relay'
import { WebSocket } from 'ws'

// Node 20 has no global WebSocket.
useWebSocketImplementation(WebSocket)

/** Signs a template as plain JSON (no nostr-tools "verified" marker), the way it travels. */
export const sign = (template: EventTemplate, secretKey: Uint8Array): NostrEvent =>
  JSON.parse(JSON.stringify(finalizeEvent(template, secretKey))) as NostrEvent

/** Runs `work` with one connection to `url`, closed afterwards. */
export const withRelay = async <T>(url: string, work: (relay: Relay) => Promise<T>): Promise<T> => {
  const relay = await Relay.connect(url)
  try {
    return await work(relay)
  } finally {
    relay.close()
  }
}

/** Publishes events in order; throws with the relay's reason when one is refused. */
export const publishEvents = (url: string, events: readonly NostrEvent[]) =>
  withRelay(url, async (relay) => {
    for (const event of events) await relay.publish(event)
  })

/** Every stored event matching `filters`, up to the relay's end of stored events. */
export const queryEvents = (url: string, filters: Filter[], timeoutMs = 5000) =>
  withRelay(
    url,
    (relay) =>
      new Promise<NostrEvent[]>((resolve, reject) => {
        const events: NostrEvent[] = []
        const timer = setTimeout(() => reject(new Error(`${url} sent no EOSE`)), timeoutMs)
        const sub = relay.subscribe(filters, {
          onevent: (event) => events.push(event),
          oneose: () => {
            clearTimeout(timer)
            sub.close()
            resolve(events)
          },
        })
      }),
  )
