import type { Browser, BrowserContext, Page } from '@playwright/test'

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

/**
 * Runs in the page: makes `relayUrl` the app's relay list (local storage key `bt:relays`, see
 * docs/CONTRACTS.md, as e2e/support/fixtures.ts does).
 */
export const seedRelayList = (relayUrl: string) =>
  localStorage.setItem('bt:relays', JSON.stringify([relayUrl]))

/**
 * A new browser context whose pages get `relayUrl` as the app's relay list and the paint probe.
 * Service workers are blocked unless asked for (a cold visit has none).
 */
export async function feedContext(
  browser: Browser,
  relayUrl: string,
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers })
  await context.addInitScript(seedRelayList, relayUrl)
  await context.addInitScript(probeScript)
  return context
}

/**
 * What the probe saw in the page's current document once a first ticket was painted, or
 * undefined when none was within `timeoutMs` of now.
 */
export async function firstTicketPainted(
  page: Page,
  timeoutMs: number,
): Promise<FeedVisit | undefined> {
  try {
    await page.waitForFunction(
      () => {
        const probe = (window as unknown as { __feedProbe?: Probe }).__feedProbe
        return probe?.firstTicketAt !== undefined
      },
      undefined,
      { timeout: timeoutMs },
    )
  } catch {
    return undefined
  }
  const probe = await page.evaluate(() => (window as unknown as { __feedProbe: Probe }).__feedProbe)
  return {
    firstTicketMs: Math.round(probe.firstTicketAt ?? NaN),
    scriptsBeforePaint: probe.scripts ?? [],
  }
}

/**
 * Opens the feed in a new browser context (cold: no HTTP cache, no service worker, no storage)
 * with the app's relay list set to `relayUrl`, and measures the first ticket painted.
 * With `expectTickets`, also scrolls until the feed has loaded that many and counts the rows.
 */
export async function visitFeed(
  browser: Browser,
  appUrl: string,
  relayUrl: string,
  expectTickets?: number,
): Promise<FeedVisit> {
  const context = await feedContext(browser, relayUrl)
  try {
    const page = await context.newPage()
    await page.goto(appUrl)
    const visit = await firstTicketPainted(page, 60_000)
    if (!visit) throw new Error('No ticket painted within 60 s')
    if (expectTickets !== undefined) visit.domRows = await rowsWhenLoaded(page, expectTickets)
    return visit
  } finally {
    await context.close()
  }
}

/**
 * Scrolls to the end of the feed until it holds all `expected` tickets (older pages come as the
 * reader nears the end), then returns the most rows in the DOM at the top, middle and bottom.
 */
async function rowsWhenLoaded(page: Page, expected: number): Promise<number> {
  /** What the feed says of itself: how many tickets it holds, and whether more may come. */
  const feedState = () =>
    page.evaluate(() => {
      const feed = document.querySelector('[role="feed"]')
      return `${feed?.getAttribute('data-ticket-count')} ${feed?.getAttribute('aria-busy')}`
    })
  const done = `${expected} false`
  for (let state = await feedState(); state !== done; state = await feedState()) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForFunction(
      (before) => {
        const feed = document.querySelector('[role="feed"]')
        return (
          `${feed?.getAttribute('data-ticket-count')} ${feed?.getAttribute('aria-busy')}` !== before
        )
      },
      state,
      { timeout: 60_000 },
    )
  }
  let most = 0
  for (const at of [0, 0.5, 1]) {
    await page.evaluate((share) => window.scrollTo(0, document.body.scrollHeight * share), at)
    await page.waitForTimeout(300)
    most = Math.max(most, await page.locator(ROW).count())
  }
  return most
}
