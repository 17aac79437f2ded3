import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createOutgoingNoticeMessage } from '@nostr-relay/common'
import type { Event, Logger } from '@nostr-relay/common'
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
}

/** A running local relay. */
export type LocalRelay = {
  url: string
  port: number
  /** Closes every connection and the port. The store is kept for `restart`. */
  stop(): Promise<void>
  /** Starts again on the same port with the same store (after `stop`). */
  restart(): Promise<void>
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

const nip11 = (name: string) => (req: IncomingMessage, res: ServerResponse) => {
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
    supported_nips: SUPPORTED_NIPS,
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

type Running = { server: Server; wss: WebSocketServer; relay: NostrRelay }

/** A real NIP-01 relay (with NIP-09 deletions and NIP-11 info) on a local port. */
export const startRelay = async (options: RelayOptions = {}): Promise<LocalRelay> => {
  const host = options.host ?? '127.0.0.1'
  const name = options.name ?? 'Bitcoin Troubleshoot local relay'
  const validator = new Validator()
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
    const relay = new NostrRelay(store, { filterResultCacheTtl: 0, logger: quietLogger })
    store.onDeletionKept = (event) => relay.broadcast(event)
    const server = createServer(nip11(name))
    const wss = new WebSocketServer({ server })
    wss.on('connection', (socket: WebSocket, req) => {
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
    stop: close,
    restart: async () => {
      await close()
      await listen()
    },
  }
}
