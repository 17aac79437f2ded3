import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInWithExtension } from './support/people'

/** A valid 12-word BIP-39 mnemonic (a published test vector: checksum correct). */
const MNEMONIC = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const DRAFT_KEY = 'bt:draft:new-ticket'

const storedDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)
const guardNotice = (page: Page) => page.getByTestId('secrets-notice')

test('a ticket holding a valid recovery phrase cannot be posted, and is never stored', async ({
  page,
  seed,
  nip07,
}) => {
  await signInWithExtension(page, nip07.name)
  await page.goto('/new')
  await page.getByLabel('Title', { exact: true }).fill('Sparrow says my backup is invalid')
  const description = `I typed my words back in and it fails. My words are ${MNEMONIC}. What now?`
  await page.getByLabel('Description').fill(description)

  const notice = guardNotice(page)
  await expect(notice).toBeVisible()
  await expect(notice).toHaveAttribute('role', 'alert')
  await expect(notice).toContainText('12-word recovery phrase')
  await expect(notice).toContainText('In the description')
  await expect(notice.locator('mark')).toHaveText(MNEMONIC)
  const post = page.getByRole('button', { name: 'Post ticket' })
  await expect(post).toBeDisabled()

  // Submitting anyway (Enter in the title) is refused with the reason; nothing reaches the relay.
  await page.getByLabel('Title', { exact: true }).press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'was not posted' })).toContainText(
    'remove the secret',
  )
  await expect(page.getByLabel('Description')).toHaveValue(description)
  // "Show me" puts the cursor on the phrase so it can be deleted.
  await notice.getByRole('button', { name: 'Show me' }).click()
  const selected = await page
    .getByLabel('Description')
    .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))
  expect(selected).toBe(MNEMONIC)

  expect(await seed.query([{ kinds: [32767], authors: [nip07.pubkey] }])).toEqual([])
  expect(nip07.calls.filter((call) => call.method === 'signEvent')).toEqual([])

  // The draft kept on this device never holds the phrase: after a reload it is not there.
  await page.waitForTimeout(1000) // longer than the draft's save delay
  expect((await storedDraft(page)) ?? '').not.toContain('sausage')
  await page.reload()
  await expect(page.getByLabel('Title', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Description')).not.toHaveValue(/sausage/)
})

test('a near-miss (a few wordlist words) warns but can be posted', async ({
  page,
  seed,
  nip07,
}) => {
  await signInWithExtension(page, nip07.name)
  await page.goto('/new')
  await page
    .getByLabel('Title', { exact: true })
    .fill('Which words does my backup card start with?')
  await page
    .getByLabel('Description')
    .fill('My backup card starts with legal winner thank year wave sausage and the ink is smudged.')

  const notice = guardNotice(page)
  await expect(notice).toBeVisible()
  await expect(notice).toHaveAttribute('role', 'status')
  await expect(notice).toContainText('6 words in a row')
  const post = page.getByRole('button', { name: 'Post ticket' })
  await expect(post).toBeEnabled()
  await post.click()
  const confirm = page.getByRole('alertdialog', { name: 'Post it anyway?' })
  await confirm.getByRole('button', { name: 'Post anyway' }).click()

  await expect(page).toHaveURL(/\/ticket\/naddr1/)
  const events = await seed.query([{ kinds: [32767], authors: [nip07.pubkey] }])
  expect(events).toHaveLength(1)
  expect(events[0]?.content).toContain('legal winner thank year wave sausage')
  // the posted ticket's draft is gone
  expect(await storedDraft(page)).toBeNull()
})
