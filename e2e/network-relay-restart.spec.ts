import type { Page } from '@playwright/test'
import { feedTitles, offerBy, ticketUrl } from './support/app-pages'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'
import { untilPagesReconnect } from './support/network'
import { secondTroubleshooter, signInWithExtension } from './support/people'

/**
 * A relay restarts while the feed, a ticket page and the notifications are open in one signed-in
 * browser: what is published afterwards still reaches every open page, without a reload.
 */

const TITLE = 'Coldcard will not read the SD card'
const now = () => Math.floor(Date.now() / 1000)

const newOfferNotice = (page: Page, sats: string) =>
  page.getByRole('link', { name: new RegExp(`New offer on “${TITLE}”: ${sats} sats`) })

test('after a relay restart, a new ticket, an offer and a deletion reach the open pages live', async ({
  context,
  page,
  relay,
  seed,
  nip07,
}) => {
  test.setTimeout(120_000)
  await seed.profile(testTroubleshooter)
  await seed.profile(secondTroubleshooter)
  const mine = await seed.ticket({ title: TITLE, by: nip07.identity, at: now() - 200 })
  const leaving = await seed.ticket({ title: 'Umbrel dashboard stays blank', at: now() - 100 })

  await signInWithExtension(page, nip07.name)
  await page.goto('/')
  await expect(feedTitles(page)).toHaveText(['Umbrel dashboard stays blank', TITLE])
  const ticketPage = await context.newPage()
  await ticketPage.goto(ticketUrl(mine))
  await expect(ticketPage.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  const notifications = await context.newPage()
  await notifications.goto('/notifications')
  await expect(notifications.getByRole('heading', { level: 1 })).toHaveText('Notifications')

  // Before the restart every page is live: what fails below is the restart's doing.
  await seed.ticket({ title: 'Trezor Suite asks for a bridge', at: now() })
  await seed.offer({ ticket: mine, by: secondTroubleshooter, pricing: sats(20_000), at: now() })
  await expect(feedTitles(page).first()).toHaveText('Trezor Suite asks for a bridge')
  await expect(offerBy(ticketPage, secondTroubleshooter.profile.name)).toContainText('20,000')
  await expect(newOfferNotice(notifications, '20,000')).toBeVisible()

  await relay.stop()
  await relay.restart()
  // the relay came back where it was, with what it stored
  expect(await seed.query([{ ids: [mine.id, leaving.id] }])).toHaveLength(2)
  await untilPagesReconnect(relay, 3)

  await seed.ticket({ title: 'Sparrow shows a wrong fee rate', at: now() })
  await seed.offer({ ticket: mine, by: testTroubleshooter, pricing: sats(30_000), at: now() })
  await seed.deletion(leaving)

  await expect.soft(feedTitles(page).first()).toHaveText('Sparrow shows a wrong fee rate')
  await expect.soft(offerBy(ticketPage, testTroubleshooter.profile.name)).toContainText('30,000')
  await expect.soft(newOfferNotice(notifications, '30,000')).toBeVisible()
  await expect.soft(feedTitles(page).filter({ hasText: 'Umbrel dashboard' })).toHaveCount(0)
})

const sats = (amount: number) => ({ kind: 'fixed' as const, sats: amount })
