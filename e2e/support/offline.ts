import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** The banner a returning visitor sees offline; the wording is the UI contract of issue 7. */
export const offlineBanner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Offline — showing what this device saw' })

/**
 * Waits until the app's service worker is active and controls `page`. The first visit is not
 * controlled (the generated worker does not claim open pages), so it reloads once if needed.
 */
export const untilServiceWorkerControls = async (page: Page) => {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          return registration?.active?.state === 'activated'
        }),
      { message: 'the app registers a service worker that activates' },
    )
    .toBe(true)
  if (await page.evaluate(() => navigator.serviceWorker.controller === null)) await page.reload()
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'the service worker controls the page',
    })
    .toBe(true)
}
