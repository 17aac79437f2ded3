import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { feed } from './app-pages'

/** What scrolling through the whole feed showed. */
export type FeedScroll = {
  /** Title of every ticket seen, by the href of its link (so each ticket counts once). */
  seen: Map<string, string>
  /** Each moment a ticket was in the DOM twice: the hrefs present more than once then. */
  doubles: string[][]
}

/** Steps far beyond any feed in these specs: a feed that never ends is a failure, not a hang. */
const MAX_STEPS = 500

/** The ticket links rendered right now (a virtual list renders only those near the viewport). */
const renderedLinks = (page: Page) =>
  feed(page)
    .getByRole('article')
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => ({
        href: link.getAttribute('href') ?? '',
        title: (link.textContent ?? '').trim(),
      })),
    )

/** Whether the rows under the middle of the viewport are rendered (or the feed is not there). */
const rowsCoverViewport = (page: Page) =>
  page.waitForFunction(() => {
    const list = document.querySelector('[role="feed"][aria-label="Tickets"]')
    if (!list) return false
    const box = list.getBoundingClientRect()
    const y = window.innerHeight / 2
    if (y < box.top || y > box.bottom) return true
    const hit = document.elementFromPoint(box.left + box.width / 2, y)
    return Boolean(hit?.closest('[role="article"]'))
  })

const atBottom = (page: Page) =>
  page.evaluate(() => ({
    end: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    height: document.documentElement.scrollHeight,
  }))

/**
 * Scrolls the window down the feed step by step (each step less than a screen, so no row is
 * skipped), recording every ticket link rendered and any moment one was rendered twice. It stops
 * at the bottom once the feed is no longer busy and the page stopped growing.
 */
export const scrollThroughFeed = async (page: Page): Promise<FeedScroll> => {
  const seen = new Map<string, string>()
  const doubles: string[][] = []
  const record = async () => {
    const links = await renderedLinks(page)
    const hrefs = links.map((link) => link.href)
    const twice = hrefs.filter((href, i) => hrefs.indexOf(href) !== i)
    if (twice.length > 0) doubles.push(twice)
    for (const link of links) seen.set(link.href, link.title)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  for (let step = 0; step < MAX_STEPS; step++) {
    await rowsCoverViewport(page)
    await record()
    const before = await atBottom(page)
    if (before.end) {
      await expect(feed(page)).not.toHaveAttribute('aria-busy', 'true')
      await rowsCoverViewport(page)
      await record()
      const after = await atBottom(page)
      if (after.end && after.height === before.height) return { seen, doubles }
    }
    await page.evaluate(() => window.scrollBy(0, Math.round(window.innerHeight * 0.6)))
  }
  throw new Error(`the feed did not end after ${MAX_STEPS} scroll steps`)
}
