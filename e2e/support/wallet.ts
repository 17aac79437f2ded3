import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Pastes a wallet connection string on /wallet and waits until the page says it is connected. */
export const connectWallet = async (page: Page, uri: string): Promise<void> => {
  await page.goto('/wallet')
  await page.getByLabel('Wallet connection string').fill(uri)
  await page.getByRole('button', { name: 'Connect wallet' }).click()
  await expect(page.getByText('Connected', { exact: true })).toBeVisible()
}
