/**
 * `npm run relay -- [--port 7777] [--db .data/relay.sqlite] [--verbose]`: a local nostr relay for development.
 * Without --db the events live in memory and vanish on exit.
 */
import { parseArgs } from 'node:util'
import { startRelay } from './relay'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7777' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`)
  process.exit(2)
}

const relay = await startRelay({
  port,
  host: values.host,
  ...(values.db ? { dbPath: values.db } : {}),
  ...(values.verbose ? { log: (line: string) => console.log(`< ${line}`) } : {}),
})
console.log(
  `Relay listening on ${relay.url} (${values.db ? `events kept in ${values.db}` : 'in memory'})`,
)
console.log('Press Ctrl-C to stop.')

const stop = async () => {
  await relay.stop()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
