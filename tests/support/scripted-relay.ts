import type { AddressInfo } from 'node:net'
import type { NostrEvent } from 'nostr-tools'
import { WebSocketServer } from 'ws'

// Relays that say exactly what a test needs, including what a real relay never would (forged
// events): for checking what the app does with hostile or unusual answers.

/** A relay that answers every REQ with `events`, after `delayMs`, then EOSE. */
export const scriptedRelay = async (events: NostrEvent[], delayMs: number) => {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  server.on('connection', (socket) =>
    socket.on('message', (data) => {
      const [type, id] = JSON.parse(String(data)) as [string, string]
      if (type !== 'REQ') return
      setTimeout(() => {
        for (const event of events) socket.send(JSON.stringify(['EVENT', id, event]))
        socket.send(JSON.stringify(['EOSE', id]))
      }, delayMs)
    }),
  )
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

/** A relay that answers every REQ with CLOSED and `reason` (NIP-01), as a relay asking for AUTH does. */
export const closingRelay = async (reason: string) => {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  server.on('connection', (socket) =>
    socket.on('message', (data) => {
      const [type, id] = JSON.parse(String(data)) as [string, string]
      if (type === 'REQ') socket.send(JSON.stringify(['CLOSED', id, reason]))
    }),
  )
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
