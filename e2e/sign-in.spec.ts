import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

const SESSION_KEY = 'bt:session'

const accountCard = (page: Page) => page.getByRole('region', { name: 'Your account' })
/** The desktop side bar, where the signed-in person's name (or "Sign in") shows. */
const sideBar = (page: Page) => page.getByRole('complementary')
const storedSession = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)

test('signs in with a bunker URI, stays signed in after a reload, and signs out', async ({
  page,
  signer,
}) => {
  await page.goto('/sign-in')
  await page.getByLabel('Bunker URI').fill(signer.bunkerUri)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()

  await expect(accountCard(page)).toContainText(`Signed in as ${signer.name}`)
  await expect(sideBar(page).getByText(signer.name, { exact: true })).toBeVisible()
  expect(signer.clients()).toHaveLength(1)

  await page.reload()
  await expect(sideBar(page).getByText(signer.name, { exact: true })).toBeVisible()
  await expect(accountCard(page)).toContainText(`Signed in as ${signer.name}`)

  await accountCard(page).getByRole('button', { name: 'Sign out' }).click()
  await expect(sideBar(page).getByRole('link', { name: 'Sign in' })).toBeVisible()
  await expect(sideBar(page).getByText(signer.name, { exact: true })).toHaveCount(0)
  expect(await storedSession(page)).toBeNull()
})

test('signs in with a browser extension (NIP-07) and signs out', async ({ page, nip07 }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Use browser extension' }).click()

  await expect(accountCard(page)).toContainText(`Signed in as ${nip07.name}`)
  await expect(sideBar(page).getByText(nip07.name, { exact: true })).toBeVisible()
  expect(nip07.calls.map((call) => call.method)).toContain('getPublicKey')

  await accountCard(page).getByRole('button', { name: 'Sign out' }).click()
  await expect(sideBar(page).getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await storedSession(page)).toBeNull()
})

test('the feed shows tickets published on the relay', async ({ page, seed }) => {
  await seed.ticket({
    title: 'Coldcard refuses my PSBT from Sparrow',
    topics: ['coldcard', 'psbt'],
  })
  await seed.ticket({ title: 'Umbrel stuck at 99 % sync', topics: ['umbrel'], budget: 10_000 })

  await page.goto('/')
  await expect(
    page.getByText('Coldcard refuses my PSBT from Sparrow', { exact: true }),
  ).toBeVisible()
  await expect(page.getByText('Umbrel stuck at 99 % sync', { exact: true })).toBeVisible()
})
