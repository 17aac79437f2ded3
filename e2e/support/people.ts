import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { getPublicKey } from 'nostr-tools'
import { useAppRelays } from './fixtures'
import type { TestIdentity } from './identities'
import { installNip07 } from './nip07'
import type { Seeder } from './seed'

/** A second troubleshooter, for offers that lose. */
export const secondTroubleshooter: TestIdentity = (() => {
  const secretKey = sha256(utf8ToBytes('bitcoin-troubleshoot e2e: second troubleshooter'))
  return {
    secretKey,
    pubkey: getPublicKey(secretKey),
    profile: { name: 'Erin Helper', about: 'Also answers tickets in the tests.' },
  }
})()

/** A page signed in as someone, in a browser context of their own. */
export type Person = { context: BrowserContext; page: Page; name: string }

/** Signs in on `/sign-in` with the window.nostr extension and waits until the app says so. */
export const signInWithExtension = async (page: Page, name: string): Promise<void> => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Use browser extension' }).click()
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText(
    `Signed in as ${name}`,
  )
}

/**
 * Another person at another computer: a new browser context whose app uses the test's relay,
 * with a NIP-07 extension holding `identity`'s key (profile published), signed in.
 */
export const openAs = async (
  browser: Browser,
  options: { relayUrl: string; baseURL: string; seed: Seeder },
  identity: TestIdentity,
): Promise<Person> => {
  const context = await browser.newContext({ baseURL: options.baseURL })
  await useAppRelays(context, [options.relayUrl])
  await options.seed.profile(identity)
  await installNip07(context, identity.secretKey)
  const page = await context.newPage()
  await signInWithExtension(page, identity.profile.name)
  return { context, page, name: identity.profile.name }
}
