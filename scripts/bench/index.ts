/**
 * `npm run bench`: measures the built app and prints the figures as JSON.
 * Builds first when dist/ is missing (BENCH_DIST names another build). Figures, not thresholds:
 * the goals live in the issues.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'
import { chromiumLaunchOptions } from '../support/chromium.ts'
import { benchTickets } from './bench-tickets.ts'
import { feedFigures } from './feed-figures.ts'
import { lighthouseFigures } from './lighthouse.ts'
import { markdownFigures } from './markdown.ts'
import { messagesFigures } from './messages.ts'
import { nwcPayFigures } from './nwc-pay.ts'
import { precacheBytes } from './precache.ts'
import { repeatVisitOfflineFigures } from './repeat-visit.ts'
import { reputationFigures } from './reputation.ts'
import { verifyPathFigures } from './verify-path.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const distDir = resolve(root, process.env.BENCH_DIST ?? 'dist')

if (!existsSync(`${distDir}/index.html`)) {
  await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } })
}
const tickets = await benchTickets(root, 10_000)

const server = await preview({
  root,
  logLevel: 'silent',
  build: { outDir: distDir },
  preview: { host: '127.0.0.1', port: 0 },
})
const appUrl = server.resolvedUrls?.local[0]
if (!appUrl) throw new Error('vite preview did not report a URL')
try {
  // one browser at a time: Lighthouse starts its own once this one is closed
  const browser = await chromium.launch(chromiumLaunchOptions)
  const inBrowser = await (async () => {
    try {
      const feed = await feedFigures(browser, appUrl, distDir, tickets)
      const repeatVisit = await repeatVisitOfflineFigures(browser, appUrl, tickets)
      const verifyPath = await verifyPathFigures(browser, root, distDir, tickets.slice(0, 5_000))
      return { ...feed, ...repeatVisit, ...verifyPath }
    } finally {
      await browser.close()
    }
  })()
  const lighthouse = await lighthouseFigures(appUrl, tickets)
  const precache = await precacheBytes(distDir)
  const messages = await messagesFigures(root)
  const nwcPay = await nwcPayFigures()
  const reputation = await reputationFigures(root)
  const markdown = markdownFigures()
  const figures = {
    ...inBrowser,
    ...lighthouse,
    ...messages,
    ...nwcPay,
    ...reputation,
    ...markdown,
    precacheKB: round(precache.bytes / 1024),
    precacheEntries: precache.entries,
  }
  console.log(JSON.stringify(figures, null, 2))
} finally {
  await new Promise<void>((done) => server.httpServer.close(() => done()))
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
