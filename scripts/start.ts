/**
 * `npm start [-- --no-build]`: the whole app on this machine, no internet needed.
 * A local relay (events kept in .data/relay.sqlite) seeded with demo data, a demo NIP-46 signer
 * holding the demo Bitcoiner's key, a demo NIP-47 wallet over a fake ledger (its invoices kept in
 * .data/demo-invoices.json), a demo troubleshooter's bill to pay (seeded once), and the built app
 * served on http://localhost:5173.
 * Ports: RELAY_PORT (default 7777) and PORT (default 5173).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import { demoBillDeal, seedDemoBill } from './demo-bill'
import { satoshiNewcomer } from './demo-keys'
import { startDemoSigner } from './demo-signer'
import { keepInvoiceBookIn, startDemoWallet } from './demo-wallet'
import { startRelay } from './relay'
import { seedDemo } from './seed-demo'

const root = fileURLToPath(new URL('..', import.meta.url))
const dataDir = join(root, '.data')
const relayPort = Number(process.env.RELAY_PORT ?? 7777)
const appPort = Number(process.env.PORT ?? 5173)
const skipBuild = process.argv.includes('--no-build')

const fail = (message: string): never => {
  console.error(`\n${message}\n`)
  process.exit(1)
}

/** The same secret on every start (in .data/<name>), so a pasted URI keeps working after a restart. */
const keptSecret = (name: string, bytes: number) => {
  const file = join(dataDir, name)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(bytes).toString('hex')
  writeFileSync(file, secret)
  return secret
}

/** Whether the built app already points at `relayUrl` (so --no-build is safe). */
const distUsesRelay = (relayUrl: string) => {
  const assets = join(root, 'dist', 'assets')
  if (!existsSync(assets)) return false
  return readdirSync(assets).some(
    (name) => name.endsWith('.js') && readFileSync(join(assets, name), 'utf8').includes(relayUrl),
  )
}

mkdirSync(dataDir, { recursive: true })
const relay = await startRelay({
  port: relayPort,
  dbPath: join(dataDir, 'relay.sqlite'),
}).catch((error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${relayPort} is taken. Stop what uses it or run with RELAY_PORT=<another port>.`
      : `The relay could not start: ${error.message}`,
  ),
)

const seeded = await seedDemo(relay.url, Math.floor(Date.now() / 1000))
// invoices issued before a restart (the demo bill's) must stay payable
keepInvoiceBookIn(join(dataDir, 'demo-invoices.json'))
const bill = await seedDemoBill(relay.url)
const billDeal = demoBillDeal()
const signer = await startDemoSigner({
  relayUrl: relay.url,
  secretKey: satoshiNewcomer.secretKey,
  secret: keptSecret('demo-signer-secret', 16),
})
const wallet = await startDemoWallet({
  relayUrl: relay.url,
  balanceSats: 1_000_000,
  walletSecret: keptSecret('demo-wallet-secret', 32),
  clientSecret: keptSecret('demo-wallet-client-secret', 32),
})

if (skipBuild) {
  if (!existsSync(join(root, 'dist', 'index.html')))
    fail('There is no dist/ yet: run without --no-build.')
  if (!distUsesRelay(relay.url)) {
    console.warn(`Warning: dist/ was not built for ${relay.url}; add it in the app's Relays page.`)
  }
} else {
  console.log(`Building the app for ${relay.url} …`)
  process.env.VITE_RELAYS = relay.url
  // the demo wallet pays regtest invoices: no real money anywhere
  process.env.VITE_LIGHTNING_NETWORK = 'bcrt'
  await build({ root, logLevel: 'warn' })
}

const server = await preview({
  root,
  logLevel: 'warn',
  preview: { port: appPort, strictPort: true, host: 'localhost', open: false },
}).catch((error: Error) =>
  fail(
    `The app could not be served on port ${appPort} (${error.message}). Try PORT=<another port>.`,
  ),
)

const appUrl = `http://localhost:${appPort}`
console.log(`
Bitcoin Troubleshoot is running.

  App:    ${appUrl}
  Relay:  ${relay.url}   (demo data: ${seeded.published} events added, ${seeded.kept} already there)

To sign in as the demo Bitcoiner "${satoshiNewcomer.profile.name}", open ${appUrl}/sign-in and paste
this bunker URI (a demo NIP-46 signer running here holds the key):

  ${signer.bunkerUri}

To pay from a demo wallet (a fake ledger with 1,000,000 sats, no real money), open
${appUrl}/wallet once signed in and paste this Nostr Wallet Connect string:

  ${wallet.uri}

${
  bill.state === 'skipped'
    ? `(No demo bill to pay: ${bill.reason}.)`
    : `Something to pay: Messages → the thread with ${billDeal.offer.by.profile.name} about
“${billDeal.ticket.title}” → Pay.`
}

Events are kept in .data/relay.sqlite (delete the folder to start afresh).
Press Ctrl-C to stop.
`)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  console.log('\nStopping…')
  await server.close()
  await signer.stop()
  await wallet.stop()
  await relay.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
