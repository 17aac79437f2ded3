import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { readdirSync } from 'node:fs'
import { chromiumLaunchOptions } from './scripts/support/chromium.ts'
import { benchTickets } from './scripts/bench/bench-tickets.ts'
const tickets = await benchTickets(process.cwd(), 10000)
const server = await preview({ root: process.cwd(), logLevel: 'silent', build: { outDir: '/tmp/feed-dist' }, preview: { host: '127.0.0.1', port: 0 } })
const appUrl = server.resolvedUrls!.local[0]!
const browser = await chromium.launch(chromiumLaunchOptions)
const page = await browser.newPage()
page.on('console', (m) => console.log('console', m.text()))
await page.goto(appUrl)
const worker = '/assets/' + readdirSync('/tmp/feed-dist/assets').find((f) => f.startsWith('verify-worker'))
const res = await page.evaluate(`(async () => {
  const events = ${JSON.stringify(tickets.slice(0, 1000))}
  const w = new Worker('${worker}', { type: 'module' })
  const run = (batch, evs) => new Promise((resolve) => { const t = performance.now(); w.onmessage = (m) => resolve([performance.now() - t, m.data.valid.filter(Boolean).length]); w.postMessage({ batch, events: evs }) })
  const warm = await run(0, events.slice(0, 1))
  const t1000 = await run(1, events)
  const bad = { ...events[0], sig: '0'.repeat(128) }
  const bad2 = { ...events[0], content: 'x' }
  const valid = await new Promise((resolve) => { w.onmessage = (m) => resolve(m.data.valid); w.postMessage({ batch: 2, events: [events[0], bad, bad2] }) })
  const inWorker = await new Promise((resolve) => { const p = new Worker('/wasm-probe.js'); p.onmessage = (m) => resolve(m.data) })
  const wasmAllowed = await WebAssembly.compile(new Uint8Array([0,97,115,109,1,0,0,0])).then(() => true, (e) => String(e))
  return { warm, t1000, valid, wasmAllowed, inWorker }
})()`)
console.log(res)
await browser.close(); server.httpServer.close()
