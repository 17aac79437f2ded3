import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from './scripts/support/chromium.ts'
import { benchTickets } from './scripts/bench/bench-tickets.ts'
import { relayWith } from './scripts/bench/bench-relay.ts'
const tickets = await benchTickets(process.cwd(), 10000)
const server = await preview({ root: process.cwd(), logLevel: 'silent', build: { outDir: '/tmp/feed-dist' }, preview: { host: '127.0.0.1', port: 0 } })
const appUrl = server.resolvedUrls!.local[0]!
const browser = await chromium.launch(chromiumLaunchOptions)
const relay = await relayWith(tickets.slice(0, 100))
const context = await browser.newContext({ serviceWorkers: 'block' })
await context.addInitScript(({ url }) => localStorage.setItem('bt:relays', JSON.stringify([url])), { url: relay.url })
await context.addInitScript(() => { (window as any).__x = 1; console.log('init ran', typeof document, !!document.documentElement) })
const page = await context.newPage()
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)))
page.on('pageerror', (e) => console.log('pageerror', e.message))
await page.goto(appUrl)
await page.waitForTimeout(5000)
console.log(await page.evaluate(() => JSON.stringify([(window as any).__x])))
await page.screenshot({ path: '/tmp/feed-shot.png' })
console.log(await page.locator('main').innerText())
await browser.close(); server.httpServer.close(); await relay.stop()
