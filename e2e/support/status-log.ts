import type { Page } from '@playwright/test'

/**
 * Records every text the status regions (role="status") inside `within` (a CSS selector) show, in
 * order, from now on — so a test can tell that a state was passed through, or never shown.
 */
export const recordStatuses = async (
  page: Page,
  within: string,
): Promise<() => Promise<string[]>> => {
  await page.evaluate((scope) => {
    const seen: string[] = []
    Object.assign(window, { __statuses: seen })
    const note = () => {
      for (const element of document.querySelectorAll(`${scope} [role="status"]`)) {
        const text = element.textContent?.trim() ?? ''
        if (text && seen[seen.length - 1] !== text) seen.push(text)
      }
    }
    note()
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  }, within)
  return () => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses)
}
