/**
 * Bench section for a repeat visit with the relay gone: the feed is opened with the bench relay
 * up until its first page of tickets shows, and given time for the app's after-first-paint work (service worker,
 * offline cache); then the relay is stopped, the page reloaded, and the time from that navigation
 * to the first ticket painted is taken. Null, with a note, when none is painted within 10 s:
 * until the app paints the feed from its offline copy, that is the expected answer.
 */
import type { Browser } from '@playwright/test'
import type { NostrEvent } from 'nostr-tools'
import { relayWith } from './bench-relay.ts'
import { feedContext, firstTicketPainted } from './feed-paint.ts'

const TICKETS = 100
const PAINT_WAIT_MS = 10_000
/** After the first visit has loaded: the service worker and the offline cache get this long. */
const SETTLE_MS = 5_000

export async function repeatVisitOfflineFigures(
  browser: Browser,
  appUrl: string,
  tickets: readonly NostrEvent[],
) {
  const relay = await relayWith(tickets.slice(0, TICKETS))
  let relayUp = true
  const context = await feedContext(browser, relay.url, 'allow')
  try {
    const page = await context.newPage()
    await page.goto(appUrl)
    await page.locator('[role="feed"] [data-ticket-row]').first().waitFor({ timeout: 60_000 })
    const worker = await page.evaluate(
      (ms) =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => 'service worker ready'),
          new Promise<string>((done) => setTimeout(() => done('no service worker'), ms)),
        ]),
      SETTLE_MS,
    )
    await page.waitForTimeout(SETTLE_MS)
    await relay.stop()
    relayUp = false
    await page.reload()
    const visit = await firstTicketPainted(page, PAINT_WAIT_MS)
    return {
      firstTicketPaintedRepeatVisitOfflineMs: visit?.firstTicketMs ?? null,
      repeatVisitOfflineWhere: `the first page of ${TICKETS} tickets shown on a first visit (${worker}), then the relay stopped and the page reloaded; app server still up${
        visit ? '' : `; no ticket painted within ${PAINT_WAIT_MS / 1000} s of the reload`
      }`,
    }
  } finally {
    await context.close()
    if (relayUp) await relay.stop()
  }
}
