import type { Browser, Page } from '@playwright/test'

/** localStorage key of the app's relay list (see docs/CONTRACTS.md), as e2e/support/fixtures.ts. */
const RELAYS_KEY = 'bt:relays'
const ROW = '[data-ticket-row]'

export type FeedVisit = {
  /** ms from navigation start until the frame showing the first ticket row was painted. */
  firstTicketMs: number
  /** Same-origin JavaScript files whose request started before that paint. */
  scriptsBeforePaint: string[]
  /** Ticket rows in the DOM once the feed said everything was loaded (when asked to wait). */
  domRows?: number
}

type Probe = { firstTicketAt?: number; scripts?: string[] }

/**
 * Installed before the app runs: notes when the first ticket row enters the DOM, then waits for
 * the next frame and the task after it (the frame has been painted by then), and records that
 * time relative to navigation start along with the scripts requested so far. A string, because
 * tsx's helpers would not exist in the page.
 */
const probeScript = `(() => {
  const probe = {}
  window.__feedProbe = probe
  const seen = () => {
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => {
      probe.firstTicketAt = performance.now()
      probe.scripts = performance.getEntriesByType('resource')
        .filter((entry) => entry.startTime <= probe.firstTicketAt)
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.endsWith('.js'))
        .map((url) => url.pathname)
    }, 0))
  }
  const observer = new MutationObserver(() => {
    if (document.querySelector('${ROW}')) seen()
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

const probeOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __feedProbe: Probe }).__feedProbe)

/**
 * Opens the feed in a new browser context (cold: no HTTP cache, no service worker, no storage)
 * with the app's relay list set to `relayUrl`, and measures the first ticket painted.
 * With `expectTickets`, also waits until the feed has loaded that many and counts the rows.
 */
export async function visitFeed(
  browser: Browser,
  appUrl: string,
  relayUrl: string,
  expectTickets?: number,
): Promise<FeedVisit> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    await context.addInitScript(
      `localStorage.setItem(${JSON.stringify(RELAYS_KEY)}, ${JSON.stringify(JSON.stringify([relayUrl]))})`,
    )
    await context.addInitScript(probeScript)
    const page = await context.newPage()
    await page.goto(appUrl)
    await page.waitForFunction(
      () => {
        const probe = (window as unknown as { __feedProbe?: Probe }).__feedProbe
        return probe?.firstTicketAt !== undefined
      },
      undefined,
      { timeout: 60_000 },
    )
    const probe = await probeOf(page)
    const visit: FeedVisit = {
      firstTicketMs: Math.round(probe.firstTicketAt ?? NaN),
      scriptsBeforePaint: probe.scripts ?? [],
    }
    if (expectTickets !== undefined) visit.domRows = await rowsWhenLoaded(page, expectTickets)
    return visit
  } finally {
    await context.close()
  }
}

/** Waits for the whole feed, then the most rows in the DOM at the top, middle and bottom. */
async function rowsWhenLoaded(page: Page, expected: number): Promise<number> {
  await page
    .locator(`[role="feed"][aria-busy="false"][data-ticket-count="${expected}"]`)
    .waitFor({ timeout: 300_000 })
  let most = 0
  for (const at of [0, 0.5, 1]) {
    await page.evaluate((share) => window.scrollTo(0, document.body.scrollHeight * share), at)
    await page.waitForTimeout(300)
    most = Math.max(most, await page.locator(ROW).count())
  }
  return most
}
