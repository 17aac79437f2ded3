import type { AddressInfo } from 'node:net'
import { nip44 } from 'nostr-tools'
import type { NostrEvent } from 'nostr-tools'
import { finalizeEvent, generateSecretKey, getPublicKey } from 'nostr-tools/pure'
import { hexToBytes } from 'nostr-tools/utils'
import { WebSocket, WebSocketServer } from 'ws'

type Filter = { kinds?: number[]; '#e'?: string[] }

/**
 * A hostile relay in front of the wallet's relay: it passes everything both ways, and also hands
 * the app, for each NIP-47 pay_invoice, a reply saying "insufficient balance" — encrypted exactly as
 * the wallet would (it knows the connection's secret) but signed by another key. An honest relay
 * would not deliver it (the app asks only for the wallet's replies); this one ignores filters.
 * Believing it would call a payment that may be on its way failed, and invite a second one.
 * `uri`: the connection string with this relay in place of the real one.
 */
export const startForgingRelay = async (relayUrl: string, walletUri: string) => {
  const parsed = new URL(walletUri.replace('nostr+walletconnect://', 'http://'))
  const walletPubkey = parsed.hostname
  const clientSecret = hexToBytes(parsed.searchParams.get('secret') ?? '')
  const stranger = generateSecretKey()
  const conversation = nip44.getConversationKey(clientSecret, walletPubkey)
  const isPayment = (request: NostrEvent) => {
    try {
      return (
        (JSON.parse(nip44.decrypt(request.content, conversation)) as { method?: string }).method ===
        'pay_invoice'
      )
    } catch {
      return false
    }
  }
  const forged: NostrEvent[] = []
  const forge = (request: NostrEvent) =>
    finalizeEvent(
      {
        kind: 23195,
        created_at: Math.floor(Date.now() / 1000),
        tags: [
          ['p', getPublicKey(clientSecret)],
          ['e', request.id],
        ],
        content: nip44.encrypt(
          JSON.stringify({
            result_type: 'pay_invoice',
            error: { code: 'INSUFFICIENT_BALANCE', message: 'not enough funds' },
          }),
          conversation,
        ),
      },
      stranger,
    )

  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise((listening) => server.once('listening', listening))
  server.on('connection', (client) => {
    const upstream = new WebSocket(relayUrl)
    const early: string[] = []
    const replySubscriptions = new Map<string, string>() // request id → subscription id
    upstream.on('open', () => early.splice(0).forEach((data) => upstream.send(data)))
    upstream.on('message', (data) => client.send(String(data)))
    client.on('close', () => upstream.close())
    client.on('message', (raw) => {
      const data = String(raw)
      const message = JSON.parse(data) as unknown[]
      if (message[0] === 'REQ')
        for (const id of (message[2] as Filter)['#e'] ?? [])
          replySubscriptions.set(id, message[1] as string)
      if (upstream.readyState === WebSocket.OPEN) upstream.send(data)
      else early.push(data)
      const event = message[1] as NostrEvent
      const subscription = message[0] === 'EVENT' ? replySubscriptions.get(event.id) : undefined
      if (event.kind === 23194 && subscription && isPayment(event)) {
        const reply = forge(event)
        forged.push(reply)
        client.send(JSON.stringify(['EVENT', subscription, reply]))
      }
    })
  })
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    uri: walletUri.replace(encodeURIComponent(relayUrl), encodeURIComponent(url)),
    forged,
    stop: () => {
      for (const client of server.clients) client.terminate()
      return new Promise((closed) => server.close(closed))
    },
  }
}
