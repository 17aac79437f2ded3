import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

/**
 * Loads a route of the built app in Chromium and sums the gzip size of every JavaScript file it
 * fetched until the network went quiet: what a first visit to that route costs.
 */
export async function initialJs(
  browser: Browser,
  appUrl: string,
  distDir: string,
): Promise<{ files: number; gzipBytes: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const scripts = new Set<string>()
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname)
  })
  await page.goto(appUrl, { waitUntil: 'networkidle' })
  await context.close()
  let gzipBytes = 0
  for (const path of scripts) {
    gzipBytes += gzipSync(await readFile(join(distDir, path)), { level: 9 }).length
  }
  return { files: scripts.size, gzipBytes }
}
