import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from './scripts/support/chromium.ts'
import { benchTickets } from './scripts/bench/bench-tickets.ts'
import { relayWith } from './scripts/bench/bench-relay.ts'
import { visitFeed } from './scripts/bench/feed-paint.ts'
const tickets = await benchTickets(process.cwd(), 10000)
const server = await preview({ root: process.cwd(), logLevel: 'silent', build: { outDir: '/tmp/feed-dist' }, preview: { host: '127.0.0.1', port: 0 } })
const appUrl = server.resolvedUrls!.local[0]!
const browser = await chromium.launch(chromiumLaunchOptions)
for (const size of (process.env.SIZES ?? '100,1000,10000').split(',').map(Number)) {
  let t = performance.now()
  const relay = await relayWith(tickets.slice(0, size))
  console.log('seeded', size, Math.round(performance.now() - t))
  const times = []
  for (let i = 0; i < 4; i++) times.push((await visitFeed(browser, appUrl, relay.url)).firstTicketMs)
  console.log(size, times)
  await relay.stop()
}
await browser.close(); server.httpServer.close()
