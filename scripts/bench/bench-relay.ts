import type { NostrEvent } from 'nostr-tools'
import { WebSocket } from 'ws'
import { startRelay } from '../relay.ts'
import type { LocalRelay } from '../relay.ts'

/** Sends every event on one connection without waiting in between; resolves when all are OK. */
const publishAll = (url: string, events: readonly NostrEvent[]) =>
  new Promise<void>((resolve, reject) => {
    const socket = new WebSocket(url)
    let pending = events.length
    socket.on('error', reject)
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as unknown[]
      if (message[0] !== 'OK') return
      if (message[2] !== true) reject(new Error(`the bench relay refused a ticket: ${message[3]}`))
      if (--pending === 0) {
        socket.close()
        resolve()
      }
    })
    socket.on('open', () => {
      for (const event of events) socket.send(JSON.stringify(['EVENT', event]))
    })
  })

/** A fresh in-memory relay holding exactly `events`. */
export async function relayWith(events: readonly NostrEvent[]): Promise<LocalRelay> {
  const relay = await startRelay({ name: 'bench relay' })
  await publishAll(relay.url, events)
  return relay
}
