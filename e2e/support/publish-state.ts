import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/**
 * What the app shows beside something signed that no relay has stored yet (a ticket, an offer,
 * an accepted offer), until a relay takes it. The wording is the UI contract of issue 7.
 */
export const WAITING_TO_PUBLISH = 'Waiting to publish'

export const waitingToPublish = (scope: Page | Locator) => scope.getByText(WAITING_TO_PUBLISH)

/** The ways the app says a relay took something: wrong while none has. */
const SUCCESS = /ticket posted|offer was (sent|updated)|you accepted|^published|published to/i

/** A toast or status line claiming success ("Ticket posted.", "Your offer was sent.", …). */
export const claimsSuccess = (page: Page) =>
  page.getByRole('status').filter({ hasText: SUCCESS }).filter({ hasNotText: WAITING_TO_PUBLISH })

/** `what` is on the page, marked as waiting to publish, and nothing claims it was published. */
export const expectWaitingToPublish = async (page: Page, what: string) => {
  await expect(waitingToPublish(page).first()).toBeVisible()
  await expect(page.getByText(what).first()).toBeVisible()
  await expect(claimsSuccess(page)).toHaveCount(0)
}
