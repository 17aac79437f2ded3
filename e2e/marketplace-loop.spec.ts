import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'
import { openAs, secondTroubleshooter } from './support/people'

const TITLE = 'Sparrow shows my Trezor wallet empty after the firmware update'

const offerForm = (page: Page) => page.getByRole('form', { name: 'Make an offer' })
const myOffer = (page: Page) => page.getByRole('region', { name: 'Your offer' })
const offerBy = (page: Page, name: string) =>
  page.getByRole('article', { name: 'Offer' }).filter({ hasText: name })
const ticketStatus = (page: Page) => page.locator('article header').first()

test('post → offer → edit offer → accept → Won and Lost → close as Resolved', async ({
  page,
  browser,
  baseURL,
  relay,
  seed,
  signer,
}) => {
  test.setTimeout(180_000)
  const others = { relayUrl: relay.url, baseURL: baseURL ?? '', seed }

  // The Bitcoiner signs in with a remote signer (NIP-46) and posts a ticket through the form.
  await page.goto('/sign-in')
  await page.getByLabel('Bunker URI').fill(signer.bunkerUri)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText(
    `Signed in as ${signer.name}`,
  )
  await page.goto('/new')
  await page.getByLabel('Title', { exact: true }).fill(TITLE)
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill(
      'The **balance is zero** since I updated the firmware.\n\n- Sparrow 2.0\n- Trezor Model T',
    )
  await page.getByLabel('Budget (sats)').fill('50000')
  await page.getByRole('button', { name: 'Post ticket' }).click()
  await expect(page).toHaveURL(/\/ticket\/naddr1/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(page.getByText('balance is zero', { exact: true })).toHaveJSProperty(
    'tagName',
    'STRONG',
  )
  const ticketUrl = new URL(page.url()).pathname

  // Troubleshooter A makes a fixed-price offer, then changes it to a per-minute rate.
  const a = await openAs(browser, others, testTroubleshooter)
  await a.page.goto(ticketUrl)
  await expect(a.page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await offerForm(a.page).getByLabel('Fixed price').check()
  await offerForm(a.page).getByLabel('Price (sats)').fill('40000')
  await offerForm(a.page)
    .getByRole('textbox', { name: 'Cover letter' })
    .fill('I fixed this **twice** this week.')
  await offerForm(a.page).getByRole('button', { name: 'Send offer' }).click()
  await expect(myOffer(a.page)).toContainText('Pending')
  await expect(myOffer(a.page)).toContainText('40,000 sats')

  await myOffer(a.page).getByRole('button', { name: 'Edit' }).click()
  await myOffer(a.page).getByLabel('Per minute').check()
  await myOffer(a.page).getByLabel('Rate (sats per minute)').fill('150')
  await myOffer(a.page).getByRole('button', { name: 'Save offer' }).click()
  await expect(myOffer(a.page)).toContainText('150 sats / min')
  await expect(myOffer(a.page)).toContainText('9,000 sats per hour')
  await expect(myOffer(a.page)).toContainText('price changed once')

  // Troubleshooter B offers too.
  const b = await openAs(browser, others, secondTroubleshooter)
  await b.page.goto(ticketUrl)
  await offerForm(b.page).getByLabel('Price (sats)').fill('30000')
  await offerForm(b.page)
    .getByRole('textbox', { name: 'Cover letter' })
    .fill('Happy to help over a call.')
  await offerForm(b.page).getByRole('button', { name: 'Send offer' }).click()
  await expect(myOffer(b.page)).toContainText('30,000 sats')

  // The Bitcoiner sees both offers arrive live, and accepts A's after the confirmation.
  await expect(offerBy(page, a.name)).toContainText('150 sats / min')
  await expect(offerBy(page, a.name)).toContainText('9,000 sats per hour')
  await expect(offerBy(page, b.name)).toContainText('30,000 sats')
  await offerBy(page, a.name).getByRole('button', { name: 'Accept' }).click()
  const dialog = page.getByRole('alertdialog', { name: `Accept ${a.name}'s offer?` })
  await expect(dialog).toContainText(`names ${a.name} as your troubleshooter`)
  await expect(dialog).toContainText('other offers on this ticket lose')
  await dialog.getByRole('button', { name: 'Accept offer' }).click()
  await expect(dialog).toBeHidden()
  await expect(ticketStatus(page)).toContainText('In progress')
  await expect(page.getByRole('status').filter({ hasText: 'In progress with' })).toContainText(
    a.name,
  )
  await expect(offerBy(page, a.name)).toContainText('Won')
  await expect(offerBy(page, b.name)).toContainText('Lost')
  await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0)

  // A sees Won on My offers, B sees Lost.
  await a.page.goto('/my/offers')
  const aRow = a.page.getByRole('link').filter({ hasText: TITLE })
  await expect(aRow).toContainText('Won')
  await expect(aRow).toContainText('In progress')
  await b.page.goto('/my/offers')
  const bRow = b.page.getByRole('link').filter({ hasText: TITLE })
  await expect(bRow).toContainText('Lost')
  await b.page.getByRole('button', { name: /^Won/ }).click()
  await expect(b.page.getByText('No won offers.')).toBeVisible()

  // The Bitcoiner closes the ticket as Resolved.
  await page.getByRole('button', { name: 'Close as resolved' }).click()
  const close = page.getByRole('alertdialog', { name: 'Close this ticket as resolved?' })
  await close.getByRole('button', { name: 'Close as resolved' }).click()
  await expect(close).toBeHidden()
  await expect(ticketStatus(page)).toContainText('Resolved')
  await expect(page.getByText('This ticket no longer takes offers.')).toBeVisible()

  // Everyone sees it Resolved.
  await expect(aRow).toContainText('Resolved')
  await a.page.goto(ticketUrl)
  await expect(ticketStatus(a.page)).toContainText('Resolved')
  await expect(myOffer(a.page)).toContainText('Won')
  await b.page.goto(ticketUrl)
  await expect(ticketStatus(b.page)).toContainText('Resolved')
  await expect(myOffer(b.page)).toContainText('Lost')
  await page.goto('/my/tickets')
  const mine = page.getByRole('region', { name: /Resolved/ })
  await expect(mine.getByRole('link').filter({ hasText: TITLE })).toContainText('2 offers')

  await a.context.close()
  await b.context.close()
})
