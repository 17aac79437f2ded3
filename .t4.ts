import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from './scripts/support/chromium.ts'
import { benchTickets } from './scripts/bench/bench-tickets.ts'
import { relayWith } from './scripts/bench/bench-relay.ts'
const tickets = await benchTickets(process.cwd(), 10000)
const server = await preview({ root: process.cwd(), logLevel: 'silent', build: { outDir: process.env.DIST ?? '/tmp/feed-dist' }, preview: { host: '127.0.0.1', port: 0 } })
const appUrl = server.resolvedUrls!.local[0]!
const browser = await chromium.launch(chromiumLaunchOptions)
const relay = await relayWith(tickets.slice(0, Number(process.env.N ?? 100)))
const context = await browser.newContext({ serviceWorkers: 'block' })
await context.addInitScript(`localStorage.setItem('bt:relays', ${JSON.stringify(JSON.stringify([relay.url]))});`)
const page = await context.newPage()
const cdp = await context.newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
await cdp.send('Profiler.start')
await page.goto(appUrl)
await page.waitForSelector('[data-ticket-row]')
await page.waitForTimeout(300)
const { profile } = await cdp.send('Profiler.stop')
// self time by function+url
const self = new Map<string, number>()
const dt = profile.timeDeltas!
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
for (let i = 0; i < profile.samples!.length; i++) {
  const n = byId.get(profile.samples![i]!)!
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000)
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'))
await browser.close(); server.httpServer.close(); await relay.stop()
