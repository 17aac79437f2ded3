import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/**
 * What the app shows beside something signed that no relay has stored yet (a ticket, an offer,
 * an accepted offer), until a relay takes it. The wording is the UI contract of issue 7.
 */
export const WAITING_TO_PUBLISH = 'Waiting to publish'

export const waitingToPublish = (scope: Page | Locator) => scope.getByText(WAITING_TO_PUBLISH)

/**
 * A toast or status line claiming success ("Ticket posted.", "Your offer was sent.", "You
 * accepted …", "Published"): wrong while no relay has stored the event.
 */
export const claimsSuccess = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /\b(posted|published|sent|accepted)\b/i })
    .filter({ hasNotText: WAITING_TO_PUBLISH })

/** `what` is on the page, marked as waiting to publish, and nothing claims it was published. */
export const expectWaitingToPublish = async (page: Page, what: string) => {
  await expect(waitingToPublish(page).first()).toBeVisible()
  await expect(page.getByText(what).first()).toBeVisible()
  await expect(claimsSuccess(page)).toHaveCount(0)
}
