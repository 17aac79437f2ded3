import { feedTitles, messageList, threadUrl, ticketUrl } from './support/app-pages'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'
import { offlineBanner, untilServiceWorkerControls } from './support/offline'
import { signInWithExtension } from './support/people'

/**
 * A returning visitor without a network: the service worker serves the app, and the feed, a
 * ticket page and a conversation show what this device saw on its last visit, under a banner
 * that says so.
 */

const now = Math.floor(Date.now() / 1000)
const MINE = 'Ledger Live stuck on syncing'
/** The feed, newest first. */
const TITLES = ['Node shows no peers', 'Electrum asks for a 2FA code', MINE]
const LINES = ['Hi, I read your ticket.', 'Which Ledger model is it?', 'Try Ledger Live 2.80.']

test('offline after a visit, the feed, a ticket page and a thread show what this device saw', async ({
  context,
  page,
  relay,
  seed,
  nip07,
}) => {
  await seed.profile(testTroubleshooter)
  const ticket = await seed.ticket({ title: MINE, by: nip07.identity, at: now - 300 })
  await seed.tickets([
    { title: 'Electrum asks for a 2FA code', at: now - 200 },
    { title: 'Node shows no peers', at: now - 100 },
  ])
  for (const [n, text] of LINES.entries()) {
    await seed.message({
      from: testTroubleshooter,
      to: nip07.identity,
      text,
      ticket,
      at: now - 90 + n,
    })
  }

  // The visit, online: the feed, one ticket, one conversation.
  await signInWithExtension(page, nip07.name)
  await page.goto('/')
  await expect(feedTitles(page)).toHaveText(TITLES)
  await untilServiceWorkerControls(page)
  await page.goto(ticketUrl(ticket))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINE)
  await page.goto(threadUrl(testTroubleshooter.pubkey, ticket))
  for (const line of LINES) await expect(messageList(page)).toContainText(line)

  await context.setOffline(true)
  await relay.stop()

  // The network is gone (setOffline fails every request): what loads comes from the worker.
  await page.reload()
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  for (const line of LINES) await expect(messageList(page)).toContainText(line)
  await expect(offlineBanner(page)).toBeVisible()

  await page.goto(ticketUrl(ticket))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MINE)
  await expect(offlineBanner(page)).toBeVisible()

  await page.goto('/')
  await expect(feedTitles(page)).toHaveText(TITLES)
  await expect(offlineBanner(page)).toBeVisible()
})
