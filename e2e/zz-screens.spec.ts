import { expect, test } from './support/fixtures'

// Scratch: screenshots for the lead (not committed).
for (const view of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]) {
  test(`screens ${view.name}`, async ({ page, relay, seed, nip07 }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width: view.width, height: view.height })
    await seed.demo()
    await page.goto('/')
    await expect(page.locator('[data-ticket-row]').first()).toBeVisible()
    await page.goto('/sign-in')
    await page.getByRole('button', { name: 'Use browser extension' }).click()
    await expect(page.getByRole('region', { name: 'Your account' })).toContainText('Signed in as')
    await page.goto('/')
    await expect(page.locator('[data-ticket-row]').first()).toBeVisible()
    await relay.stop()
    await page.goto('/new')
    await page.getByLabel('Title', { exact: true }).fill('Coldcard will not sign my PSBT')
    await page.getByRole('textbox', { name: 'Description' }).fill('Sparrow says the signature is invalid.')
    await page.getByRole('button', { name: 'Post ticket' }).click()
    await expect(page.getByText('Waiting to publish').first()).toBeVisible({ timeout: 20_000 })
    await page.screenshot({ path: `/tmp/shots/${view.name}-waiting-ticket.png` })
    await page.goto('/')
    await expect(page.getByRole('status').filter({ hasText: 'showing what this device saw' })).toBeVisible({ timeout: 20_000 })
    await page.screenshot({ path: `/tmp/shots/${view.name}-offline-feed.png` })
    await page.goto('/my-tickets')
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `/tmp/shots/${view.name}-my-tickets.png` })
    await page.goto('/relays')
    await page.waitForTimeout(1000)
    await page.screenshot({ path: `/tmp/shots/${view.name}-relays.png` })
    await relay.restart()
    await page.goto('/my-tickets')
    await expect(page.getByText('Waiting to publish')).toHaveCount(0, { timeout: 30_000 })
    await page.screenshot({ path: `/tmp/shots/${view.name}-my-tickets-after.png` })
    void nip07
  })
}
