/**
 * `npm run bench`: measures the built app and prints the figures as JSON.
 * Builds first when dist/ is missing. Figures, not thresholds: the goals live in the issues.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'
import { chromiumLaunchOptions } from '../support/chromium.ts'
import { initialJs } from './initial-js.ts'
import { precacheBytes } from './precache.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const distDir = `${root}/dist`

if (!existsSync(`${distDir}/index.html`)) await build({ root, logLevel: 'warn' })

const server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } })
const appUrl = server.resolvedUrls?.local[0]
if (!appUrl) throw new Error('vite preview did not report a URL')
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  const feed = await initialJs(browser, appUrl, distDir)
  const precache = await precacheBytes(distDir)
  const figures = {
    feedInitialJsGzipKB: round(feed.gzipBytes / 1024),
    feedInitialJsFiles: feed.files,
    precacheKB: round(precache.bytes / 1024),
    precacheEntries: precache.entries,
  }
  console.log(JSON.stringify(figures, null, 2))
} finally {
  await browser.close()
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
