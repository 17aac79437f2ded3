import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from './scripts/support/chromium.ts'
import { startRelay } from './scripts/relay.ts'
import { seedDemo } from './scripts/seed-demo.ts'
import { benchTickets } from './scripts/bench/bench-tickets.ts'
import { relayWith } from './scripts/bench/bench-relay.ts'
const server = await preview({ root: process.cwd(), logLevel: 'silent', build: { outDir: '/tmp/feed-dist' }, preview: { host: '127.0.0.1', port: 0 } })
const appUrl = server.resolvedUrls!.local[0]!
const browser = await chromium.launch(chromiumLaunchOptions)
const relay = process.env.BIG ? await relayWith(await benchTickets(process.cwd(), 300)) : await startRelay()
if (!process.env.BIG) await seedDemo(relay.url, Math.floor(Date.now() / 1000))
for (const [name, vp, dark] of [['desktop', { width: 1280, height: 800 }, false], ['phone', { width: 390, height: 844 }, false], ['phone-dark', { width: 390, height: 844 }, true]] as const) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: vp, colorScheme: dark ? 'dark' : 'light' })
  await context.addInitScript(`localStorage.setItem('bt:relays', ${JSON.stringify(JSON.stringify([relay.url]))});`)
  const page = await context.newPage()
  page.on('pageerror', (e) => console.log('pageerror', e.message))
  await page.goto(appUrl + (process.env.Q ?? ''))
  await page.waitForSelector('[data-ticket-row]')
  await page.waitForTimeout(1500)
  await page.screenshot({ path: `/tmp/feed-${name}.png`, fullPage: !process.env.BIG })
  console.log(name, await page.locator('[data-ticket-row]').count())
  await context.close()
}
await browser.close(); server.httpServer.close(); await relay.stop()
