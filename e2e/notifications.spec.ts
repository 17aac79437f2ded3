import type { Page } from '@playwright/test'
import { sign } from '../scripts/relay-io'
import { transitionTicket } from '../src/nostr/ticket-state'
import { expect, test } from './support/fixtures'
import { bunkerBitcoiner, otherBitcoiner, testTroubleshooter } from './support/identities'

const READ_KEY = `bt:notifications-read:${bunkerBitcoiner.pubkey}`
const nowSeconds = () => Math.floor(Date.now() / 1000)

/** The desktop side bar; on a phone the top bar holds the bell instead. */
const sideBar = (page: Page) => page.getByRole('complementary')
const phoneHeader = (page: Page) => page.getByRole('banner')
const unreadBadge = (scope: ReturnType<typeof sideBar>) =>
  scope.getByLabel(/unread notifications?$/)

test('a new offer on my ticket is an unread notification until I open it, also after a reload', async ({
  page,
  signer,
  seed,
}) => {
  await seed.profile(testTroubleshooter)
  const ticket = await seed.ticket({
    title: 'Trezor passphrase wallet shows zero balance',
    by: bunkerBitcoiner,
  })
  await page.goto('/sign-in')
  await page.getByLabel('Bunker URI').fill(signer.bunkerUri)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(sideBar(page).getByText(signer.name, { exact: true })).toBeVisible()
  await expect(unreadBadge(sideBar(page))).toHaveCount(0)

  // another key makes an offer while the Bitcoiner is using the app
  await seed.offer({
    ticket,
    by: testTroubleshooter,
    pricing: { kind: 'fixed', sats: 25_000 },
    at: nowSeconds(),
  })
  await expect(sideBar(page).getByLabel('1 unread notification', { exact: true })).toBeVisible()

  await sideBar(page)
    .getByRole('link', { name: /^Notifications/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible()
  const item = page.getByRole('link', {
    name: /New offer on “Trezor passphrase wallet shows zero balance”: 25,000 sats/,
  })
  await expect(item).toContainText('(unread)')
  await expect(item).toContainText(testTroubleshooter.profile.name)

  await item.click()
  await expect(page).toHaveURL(/\/ticket\/naddr1/)
  await expect(unreadBadge(sideBar(page))).toHaveCount(0)

  await page.reload()
  await expect(sideBar(page).getByText(signer.name, { exact: true })).toBeVisible()
  await sideBar(page)
    .getByRole('link', { name: /^Notifications/ })
    .click()
  await expect(item).toBeVisible()
  await expect(item).not.toContainText('(unread)')
  await expect(page.getByText('All caught up.')).toBeVisible()
  await expect(unreadBadge(sideBar(page))).toHaveCount(0)
  // the read marks live on this device, under the person's key
  const stored = await page.evaluate((key) => localStorage.getItem(key), READ_KEY)
  expect(JSON.parse(stored ?? 'null')).toMatchObject({ seenUntil: expect.any(Number) })

  // signing out forgets the list on screen
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(sideBar(page).getByRole('link', { name: 'Sign in' })).toBeVisible()
  await page.goto('/notifications')
  await expect(
    page.getByRole('heading', { name: 'Sign in to see your notifications' }),
  ).toBeVisible()
  await expect(item).toHaveCount(0)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('a troubleshooter hears of a direct request and of their offer winning', async ({
    page,
    signer,
    seed,
  }) => {
    await page.goto('/sign-in')
    await page.getByLabel('Bunker URI').fill(signer.bunkerUri)
    await page.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Your account' })).toContainText(
      `Signed in as ${signer.name}`,
    )

    // Carol asks Alice directly, and separately accepts Alice's offer on another ticket
    await seed.profile(otherBitcoiner)
    await seed.ticket({
      title: 'Help me move my Umbrel to a new disk',
      by: otherBitcoiner,
      troubleshooter: bunkerBitcoiner,
      at: nowSeconds(),
    })
    const other = await seed.ticket({
      title: 'Lightning channel stuck closing',
      by: otherBitcoiner,
    })
    const offer = await seed.offer({ ticket: other, by: bunkerBitcoiner, at: nowSeconds() - 20 })
    const offerD = offer.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
    const accepted = transitionTicket(
      other,
      'in-progress',
      nowSeconds(),
      `32768:${bunkerBitcoiner.pubkey}:${offerD}`,
    )
    if (!accepted.ok) throw new Error(accepted.reason)
    await seed.publish([sign(accepted.value, otherBitcoiner.secretKey)])

    await expect(
      phoneHeader(page).getByLabel('2 unread notifications', { exact: true }),
    ).toBeVisible()
    await phoneHeader(page)
      .getByRole('link', { name: /Notifications/ })
      .click()
    await expect(
      page.getByRole('link', {
        name: /You were asked directly to help with “Help me move my Umbrel to a new disk”/,
      }),
    ).toBeVisible()
    await expect(
      page.getByRole('link', {
        name: /Your offer on “Lightning channel stuck closing” was accepted/,
      }),
    ).toContainText(otherBitcoiner.profile.name)

    await page.getByRole('button', { name: 'Mark all read' }).click()
    await expect(unreadBadge(phoneHeader(page))).toHaveCount(0)
    await expect(page.getByText('All caught up.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Mark all read' })).toBeDisabled()
  })
})
