import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  MessageType,
  createOutgoingAuthMessage,
  createOutgoingClosedMessage,
  createOutgoingNoticeMessage,
} from '@nostr-relay/common'
import type { Event, Filter, HandleMessagePlugin, Logger } from '@nostr-relay/common'
import { NostrRelay } from '@nostr-relay/core'
import { EventRepositorySqlite } from '@nostr-relay/event-repository-sqlite'
import { Validator } from '@nostr-relay/validator'
import { WebSocketServer } from 'ws'
import type { WebSocket } from 'ws'

export type RelayOptions = {
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  /** A sqlite file that keeps events across restarts; omitted, the store lives in memory. */
  dbPath?: string
  /** Printed in the NIP-11 document. */
  name?: string
  /** Called with every message a client sends (for `npm run relay -- --verbose`). */
  log?: (line: string) => void
  /**
   * Kinds served only to a reader who authenticated (NIP-42) as their recipient or author, e.g.
   * `[1059, 4]` for a DM relay. Set, the relay sends an AUTH challenge to every connection and
   * answers a REQ for these kinds with `CLOSED auth-required:` until the client authenticated.
   */
  requireAuthFor?: readonly number[]
  /**
   * Milliseconds every message the relay sends spends on the way (order kept), as from a distant
   * relay: with two relays, which one answers first is then no longer a matter of luck.
   */
  latencyMs?: number
}

/** A running local relay. */
export type LocalRelay = {
  url: string
  port: number
  /** Closes every connection and the port. The store is kept for `restart`. */
  stop(): Promise<void>
  /** Starts again on the same port with the same store (after `stop`). */
  restart(): Promise<void>
  /** Open websocket connections right now (0 while stopped). */
  readonly connections: number
}

/** NIPs the @nostr-relay packages implement, plus NIP-11 served here. */
const SUPPORTED_NIPS = [1, 2, 4, 9, 11, 13, 22, 26, 28, 40]

/** Only errors: the relay's info lines would drown the tools' own output. */
const quietLogger: Logger = {
  setLogLevel: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: (message: string) => console.error(`[relay] ${message}`),
}

const nip11 = (name: string, nips: number[]) => (req: IncomingMessage, res: ServerResponse) => {
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': '*',
    'access-control-allow-methods': 'GET, OPTIONS',
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end()
    return
  }
  if (!(req.headers.accept ?? '').includes('application/nostr+json')) {
    res.writeHead(200, { ...cors, 'content-type': 'text/plain' }).end('Use a nostr client.\n')
    return
  }
  const info = {
    name,
    description: 'A local relay for Bitcoin Troubleshoot development and tests.',
    software: '@nostr-relay/core',
    version: '0.0.40',
    supported_nips: nips,
  }
  res.writeHead(200, { ...cors, 'content-type': 'application/nostr+json' })
  res.end(JSON.stringify(info))
}

/**
 * The @nostr-relay repository applies a NIP-09 deletion but drops the kind 5 event itself. Public
 * relays keep it, and clients need it to hide what other clients already cached: keep it too.
 */
class DeletionKeepingRepository extends EventRepositorySqlite {
  /** Set by the running relay: forwards a kept deletion to live subscribers, as public relays do. */
  onDeletionKept: (event: Event) => Promise<void> = async () => {}

  override async deleteByDeletionRequest(event: Event) {
    const result = await super.deleteByDeletionRequest(event)
    const { isDuplicate } = await this.upsert(event)
    if (!isDuplicate) await this.onDeletionKept(event)
    return result
  }
}

/** Whether a gated filter only asks for what `reader` may read: their own messages. */
const onlyFor = (filter: Filter, reader: string) =>
  [filter['#p'], filter.authors].some(
    (keys) => keys !== undefined && keys.length > 0 && keys.every((key) => key === reader),
  )

/**
 * NIP-42 for the kinds in `gated`: a REQ asking for them is refused until the client authenticated
 * (`auth-required:`, with the challenge again), and then allowed only for the reader's own events
 * (`restricted:`). @nostr-relay/core on its own guards kind 4 only.
 */
const authGate = (gated: readonly number[]): HandleMessagePlugin => ({
  handleMessage: async (ctx, message, next) => {
    if (message[0] !== MessageType.REQ) return next()
    const [, subscriptionId, ...filters] = message
    const asks = filters.filter((filter) => filter.kinds?.some((kind) => gated.includes(kind)))
    if (asks.length === 0) return next()
    const reader = ctx.pubkey
    const refusal = !reader
      ? `auth-required: kinds ${gated.join(', ')} are served to authenticated readers only`
      : asks.every((filter) => onlyFor(filter, reader))
        ? undefined
        : 'restricted: you may only read your own messages'
    if (refusal === undefined) return next()
    ctx.sendMessage(createOutgoingClosedMessage(subscriptionId, refusal))
    if (!reader) ctx.sendMessage(createOutgoingAuthMessage(ctx.id))
    return { messageType: MessageType.REQ, events: [] }
  },
})

/** Makes every message `socket` sends leave `ms` later, in order. */
const delaySends = (socket: WebSocket, ms: number) => {
  const send = socket.send.bind(socket) as (data: string) => void
  socket.send = ((data: string) => {
    setTimeout(() => {
      if (socket.readyState === socket.OPEN) send(data)
    }, ms)
  }) as WebSocket['send']
}

type Running = { server: Server; wss: WebSocketServer; relay: NostrRelay }

/** A real NIP-01 relay (with NIP-09 deletions and NIP-11 info) on a local port. */
export const startRelay = async (options: RelayOptions = {}): Promise<LocalRelay> => {
  const host = options.host ?? '127.0.0.1'
  const name = options.name ?? 'Bitcoin Troubleshoot local relay'
  const validator = new Validator()
  const gated = options.requireAuthFor ?? []
  const nips = gated.length > 0 ? [...SUPPORTED_NIPS, 42].sort((a, b) => a - b) : SUPPORTED_NIPS
  let repository: DeletionKeepingRepository | undefined
  let running: Running | undefined
  let port = options.port ?? 0

  const openRepository = async () => {
    if (repository) return repository
    repository = new DeletionKeepingRepository(options.dbPath ?? ':memory:')
    await repository.init()
    return repository
  }

  const listen = async () => {
    const store = await openRepository()
    // A fresh relay each time: its caches must not outlive the connections they served.
    const relay = new NostrRelay(store, {
      filterResultCacheTtl: 0,
      logger: quietLogger,
      // a hostname turns on NIP-42: challenges, and AUTH events checked against this host
      ...(gated.length > 0 ? { hostname: host } : {}),
    })
    if (gated.length > 0) relay.register(authGate(gated))
    store.onDeletionKept = (event) => relay.broadcast(event)
    const server = createServer(nip11(name, nips))
    const wss = new WebSocketServer({ server })
    wss.on('connection', (socket: WebSocket, req) => {
      if (options.latencyMs) delaySends(socket, options.latencyMs)
      relay.handleConnection(socket, req.socket.remoteAddress)
      socket.on('message', async (data) => {
        options.log?.(String(data).slice(0, 300))
        try {
          const message = await validator.validateIncomingMessage(data)
          await relay.handleMessage(socket, message)
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error)
          socket.send(JSON.stringify(createOutgoingNoticeMessage(text)))
        }
      })
      socket.on('close', () => relay.handleDisconnect(socket))
      socket.on('error', () => socket.terminate())
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    port = (server.address() as AddressInfo).port
    running = { server, wss, relay }
  }

  const close = async () => {
    if (!running) return
    const { server, wss, relay } = running
    running = undefined
    for (const client of wss.clients) client.terminate()
    await new Promise<void>((resolve) => wss.close(() => resolve()))
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await relay.destroy()
    // A file store is closed so another process (or a restart) can open it; memory is kept.
    if (options.dbPath && repository) {
      await repository.destroy()
      repository = undefined
    }
  }

  await listen()
  const hostForUrl = host.includes(':') ? `[${host}]` : host
  return {
    get url() {
      return `ws://${hostForUrl}:${port}`
    },
    get port() {
      return port
    },
    get connections() {
      return running?.wss.clients.size ?? 0
    },
    stop: close,
    restart: async () => {
      await close()
      await listen()
    },
  }
}
