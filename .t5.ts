import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from './scripts/support/chromium.ts'
import { benchTickets } from './scripts/bench/bench-tickets.ts'
import { relayWith } from './scripts/bench/bench-relay.ts'
import { visitFeed } from './scripts/bench/feed-paint.ts'
const N = Number(process.env.N ?? 10000)
const tickets = await benchTickets(process.cwd(), 10000)
const server = await preview({ root: process.cwd(), logLevel: 'silent', build: { outDir: '/tmp/feed-dist' }, preview: { host: '127.0.0.1', port: 0 } })
const appUrl = server.resolvedUrls!.local[0]!
const browser = await chromium.launch(chromiumLaunchOptions)
let t = performance.now()
const relay = await relayWith(tickets.slice(0, N))
console.log('seeded', N, Math.round(performance.now() - t))
t = performance.now()
console.log(await visitFeed(browser, appUrl, relay.url, N), 'full load ms', Math.round(performance.now() - t))
await browser.close(); server.httpServer.close(); await relay.stop()
