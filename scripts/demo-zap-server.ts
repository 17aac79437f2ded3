import { createHash, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { NostrEvent } from 'nostr-tools'
import { makeZapReceipt } from 'nostr-tools/nip57'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { Relay } from 'nostr-tools/relay'
import { issueDemoInvoice, onInvoiceSettled } from './demo-wallet'
import { checkZapRequestParam, MAX_SENDABLE_MSATS, MIN_SENDABLE_MSATS } from './demo-zap-request'

export type DemoZapServerOptions = {
  /** Lightning address names (`alice` for alice@<domain>) and the nostr pubkey each one pays. */
  users: Record<string, string>
  /** A relay every receipt also goes to, besides the zap request's (loopback) relays. */
  relayUrl?: string
  /** Signs the receipts (its pubkey is the `nostrPubkey`) and the invoices; random when omitted. */
  serverSecret?: string
  /**
   * The origin people reach the server at (`https://zaps.test`), used in callback URLs. Omitted,
   * it is read from each request, as behind a reverse proxy: X-Forwarded-Host and -Proto, else Host.
   */
  publicOrigin?: string
}

export type DemoZapServer = {
  port: number
  /** `http://127.0.0.1:<port>`. */
  origin: string
  /** The key that signs zap receipts, served as `nostrPubkey`. */
  nostrPubkey: string
  /** Every zap receipt published so far, oldest first. */
  receipts(): NostrEvent[]
  stop(): Promise<void>
}

/**
 * Where a request for `https://<domain>/…` goes when the demo server stands in for that domain
 * (Playwright routing, a test's fetch): the same path at `origin`, with the headers a reverse
 * proxy adds, so callback URLs keep the public https origin.
 */
export const forwardTo = (
  url: string,
  origin: string,
): { url: string; headers: Record<string, string> } => {
  const asked = new URL(url)
  return {
    url: `${origin}${asked.pathname}${asked.search}`,
    headers: { 'x-forwarded-host': asked.host, 'x-forwarded-proto': asked.protocol.slice(0, -1) },
  }
}

/** Receipts go only to relays on this machine: the demo never talks to the internet. */
const isLoopbackRelay = (url: string) => /^ws:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(url)
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, {
    'content-type': 'application/json',
    // LUD-01: every LNURL answer is readable from any web app
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
  })
  res.end(JSON.stringify(body))
}

const refuse = (res: ServerResponse, status: number, reason: string) =>
  send(res, status, { status: 'ERROR', reason })

const publish = async (relays: string[], receipt: NostrEvent) => {
  await Promise.all(
    relays.map(async (url) => {
      try {
        const relay = await Relay.connect(url)
        await relay.publish(receipt).finally(() => relay.close())
      } catch (error) {
        console.error(`demo zap server: ${url} did not take the receipt`, error)
      }
    }),
  )
}

/**
 * An LNURL-pay server with zaps (LUD-06, LUD-16, NIP-57) on 127.0.0.1 over the demo wallet's fake
 * lightning network: `/.well-known/lnurlp/<name>` offers payments to `users[name]` (allowsNostr,
 * nostrPubkey); its callback checks the zap request (appendix D), issues a regtest invoice that
 * commits to it, and once a demo wallet pays that invoice publishes the kind 9735 receipt, signed
 * with the server's key, to the zap request's loopback relays. Prints nothing but failures.
 */
export const startDemoZapServer = async (options: DemoZapServerOptions): Promise<DemoZapServer> => {
  const serverSecret = options.serverSecret ?? randomBytes(32).toString('hex')
  const nostrPubkey = getPublicKey(Buffer.from(serverSecret, 'hex'))
  const receipts: NostrEvent[] = []
  const stopListening = new Set<() => void>()
  let origin = ''

  const originOf = (req: IncomingMessage) => {
    if (options.publicOrigin) return options.publicOrigin
    const forwarded = req.headers['x-forwarded-host']
    const host = typeof forwarded === 'string' ? forwarded : req.headers.host
    if (!host || !HOST.test(host)) return origin
    const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'
    return `${proto}://${host}`
  }

  const metadataOf = (name: string, req: IncomingMessage) =>
    JSON.stringify([
      ['text/plain', `Pay ${name} (demo, no real sats)`],
      ['text/identifier', `${name}@${new URL(originOf(req)).hostname}`],
    ])

  const payRequest = (req: IncomingMessage, res: ServerResponse, name: string) =>
    send(res, 200, {
      tag: 'payRequest',
      callback: `${originOf(req)}/lnurlp/${encodeURIComponent(name)}/callback`,
      minSendable: MIN_SENDABLE_MSATS,
      maxSendable: MAX_SENDABLE_MSATS,
      metadata: metadataOf(name, req),
      allowsNostr: true,
      nostrPubkey,
    })

  const callback = (
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    query: URLSearchParams,
  ) => {
    const nostr = query.get('nostr')
    const checked = checkZapRequestParam(query.get('amount'), nostr, options.users[name] ?? '')
    if (!checked.ok) return refuse(res, 400, checked.reason)
    const { amountMsats, relays } = checked
    const description = nostr ?? metadataOf(name, req)
    const { invoice, paymentHash } = issueDemoInvoice({
      amountMsats,
      descriptionHash: sha256(description),
      payeeSecret: serverSecret,
    })
    if (nostr !== null) {
      const stop = onInvoiceSettled(paymentHash, ({ preimage, paidAt }) => {
        stop()
        stopListening.delete(stop)
        const template = makeZapReceipt({
          zapRequest: nostr,
          bolt11: invoice,
          preimage,
          paidAt: new Date(paidAt * 1000),
        })
        const receipt = finalizeEvent(template, Buffer.from(serverSecret, 'hex'))
        const targets = [
          ...new Set([
            ...relays.filter(isLoopbackRelay),
            ...(options.relayUrl ? [options.relayUrl] : []),
          ]),
        ]
        void publish(targets, receipt).then(() => receipts.push(receipt))
      })
      stopListening.add(stop)
    }
    send(res, 200, { pr: invoice, routes: [] })
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let parts: string[]
    try {
      parts = url.pathname.split('/').map((part) => decodeURIComponent(part))
    } catch {
      return refuse(res, 400, 'Malformed address.')
    }
    if (req.method !== 'GET') return refuse(res, 405, 'Only GET is served here.')
    // LUD-16: `name+tag` pays `name`
    const name = (parts[1] === 'lnurlp' ? parts[2] : parts[3])?.split('+')[0] ?? ''
    if (!Object.hasOwn(options.users, name)) return refuse(res, 404, 'No such lightning address.')
    if (parts.length === 4 && parts[1] === '.well-known' && parts[2] === 'lnurlp')
      return payRequest(req, res, name)
    if (parts.length === 4 && parts[1] === 'lnurlp' && parts[3] === 'callback')
      return callback(req, res, name, url.searchParams)
    refuse(res, 404, 'Not found.')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`

  return {
    port,
    origin,
    nostrPubkey,
    receipts: () => [...receipts],
    stop: async () => {
      for (const stop of stopListening) stop()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
