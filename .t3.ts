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
for (let i = 0; i < 2; i++) {
const context = await browser.newContext({ serviceWorkers: 'block' })
await context.addInitScript(`localStorage.setItem('bt:relays', ${JSON.stringify(JSON.stringify([relay.url]))});
window.__log = [];
const W = window.WebSocket;
window.WebSocket = class extends W { constructor(...a) { super(...a); window.__log.push(['ws new', performance.now()]); this.addEventListener('open', () => window.__log.push(['ws open', performance.now()])); let n = 0; this.addEventListener('message', (e) => { n++; if (n === 1 || n % 100 === 0) window.__log.push(['ws msg ' + n + ' ' + String(e.data).slice(0, 30), performance.now()]) }) } };
const mo = new MutationObserver(() => { if (document.querySelector('[data-ticket-row]')) { mo.disconnect(); window.__log.push(['row in DOM', performance.now()]); requestAnimationFrame(() => setTimeout(() => window.__log.push(['painted', performance.now()]))) } });
mo.observe(document, { childList: true, subtree: true });
`)
const page = await context.newPage()
await page.goto(appUrl)
await page.waitForSelector('[data-ticket-row]')
await page.waitForTimeout(Number(process.env.WAIT ?? 1000))
const out = await page.evaluate(() => {
  const r = performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)])
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
  return { nav: [Math.round(nav.responseEnd), Math.round(nav.domContentLoadedEventEnd)], r, log: (window as any).__log.map(([a, b]: any) => [a, Math.round(b)]) }
})
console.log(JSON.stringify(out))
await context.close()
}
await browser.close(); server.httpServer.close(); await relay.stop()
