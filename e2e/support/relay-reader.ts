import type { Filter, NostrEvent } from 'nostr-tools'
import { finalizeEvent } from 'nostr-tools'
import { WebSocket } from 'ws'

/** What a relay answered to one REQ: the stored events, or why it closed the subscription. */
export type ReadAnswer = { events: NostrEvent[]; closed?: string }

/**
 * Asks `url` for `filter` over a raw websocket, as a reader who answers the relay's NIP-42
 * challenge with `secretKey` first (or, without a key, as an anonymous reader).
 */
export const readAs = (url: string, filter: Filter, secretKey?: Uint8Array) =>
  new Promise<ReadAnswer>((resolve, reject) => {
    const socket = new WebSocket(url)
    const events: NostrEvent[] = []
    const finish = (answer: ReadAnswer) => {
      clearTimeout(timer)
      socket.close()
      resolve(answer)
    }
    const timer = setTimeout(() => {
      socket.close()
      reject(new Error(`${url} neither answered nor closed the subscription`))
    }, 5000)
    const ask = () => socket.send(JSON.stringify(['REQ', 'read', filter]))
    socket.on('error', reject)
    socket.on('open', () => {
      if (!secretKey) ask()
    })
    socket.on('message', (data) => {
      const [type, ...rest] = JSON.parse(String(data)) as [string, ...unknown[]]
      if (type === 'AUTH' && secretKey && typeof rest[0] === 'string') {
        const template = {
          kind: 22242,
          created_at: Math.floor(Date.now() / 1000),
          tags: [
            ['relay', url],
            ['challenge', rest[0]],
          ],
          content: '',
        }
        socket.send(JSON.stringify(['AUTH', finalizeEvent(template, secretKey)]))
      } else if (type === 'OK' && secretKey) ask()
      else if (type === 'EVENT') events.push(rest[1] as NostrEvent)
      else if (type === 'EOSE') finish({ events })
      else if (type === 'CLOSED') finish({ events, closed: String(rest[1]) })
    })
  })
