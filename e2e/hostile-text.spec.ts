import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { Page } from '@playwright/test'
import { getPublicKey } from 'nostr-tools'
import { naddrEncode } from 'nostr-tools/nip19'
import { READ_LIMITS } from '../src/nostr/read-limits'
import type { TestIdentity } from './support/identities'
import { dOf } from './support/seed'
import { expect, test } from './support/fixtures'

/** A stranger with a key of their own: anyone may attach an offer to any ticket. */
const stranger = (label: string): TestIdentity => {
  const secretKey = sha256(utf8ToBytes(`bitcoin-troubleshoot e2e hostile: ${label}`))
  return { secretKey, pubkey: getPublicKey(secretKey), profile: { name: label, about: '' } }
}

const PARENS = `See https://example.com/guide${')'.repeat(32_000)}`
const NO_SPACE = 'x'.repeat(60_000)
const BRACKETS = `${'['.repeat(15_000)}https://example.com/deep${']'.repeat(15_000)}`
const EMPHASIS = `${'_a*'.repeat(5_000)} end of the emphasis`

const offers = (page: Page) => page.getByRole('article', { name: 'Offer' })

/** The page has no horizontal scrolling: nothing is wider than the screen. */
const expectNoHorizontalOverflow = async (page: Page) => {
  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement?.scrollWidth ?? 0,
    inner: window.innerWidth,
  }))
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner)
}

test('a ticket whose offers are hostile text stays responsive and fits a phone', async ({
  page,
  seed,
}) => {
  const ticket = await seed.ticket({
    title: 'Trezor passphrase wallet looks empty',
    description: 'The **passphrase** wallet shows no coins. See https://trezor.io/learn.',
  })
  const letters = { parens: PARENS, noSpace: NO_SPACE, brackets: BRACKETS, emphasis: EMPHASIS }
  for (const [label, coverLetter] of Object.entries(letters)) {
    await seed.offer({ ticket, by: stranger(label), coverLetter })
  }
  await page.setViewportSize({ width: 390, height: 844 })
  const naddr = naddrEncode({ kind: ticket.kind, pubkey: ticket.pubkey, identifier: dOf(ticket) })
  await page.goto(`/ticket/${naddr}`)

  await expect(offers(page)).toHaveCount(4)
  // rendered as Markdown (the lazy renderer arrived): the link before the ) run is a link
  const guide = page.getByRole('link', { name: 'https://example.com/guide', exact: true })
  await expect(guide).toHaveAttribute('href', 'https://example.com/guide')
  await expect(page.getByRole('link', { name: 'https://trezor.io/learn' })).toBeVisible()
  await expectNoHorizontalOverflow(page)

  // long letters show their start; the page answers clicks and keys at once
  const more = page.getByRole('button', { name: /^Show more/ })
  await expect(more).toHaveCount(4)
  for (let left = 3; left >= 0; left -= 1) {
    await more.first().click()
    await expect(more).toHaveCount(left)
  }
  await expect(page.getByRole('button', { name: 'Show less' })).toHaveCount(4)
  await expectNoHorizontalOverflow(page)

  // read up to the limit, and said so beyond it
  const noSpace = offers(page).filter({ hasText: 'xxxxxxxx' })
  await expect(noSpace).toContainText(
    `Shortened: ${(NO_SPACE.length - READ_LIMITS.coverLetter).toLocaleString('en')} characters not shown.`,
  )
  const parens = offers(page).filter({ has: guide })
  await expect(parens).toContainText(
    `Shortened: ${(PARENS.length - READ_LIMITS.coverLetter).toLocaleString('en')} characters not shown.`,
  )
  await expect(offers(page).filter({ hasText: 'end of the emphasis' })).toHaveCount(1)
  await expect(
    page.getByRole('link', { name: 'https://example.com/deep', exact: true }),
  ).toBeVisible()

  // the keyboard still works on the expanded page
  const less = page.getByRole('button', { name: 'Show less' }).first()
  await less.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Show less' })).toHaveCount(3)

  // and so does leaving it
  await page.getByRole('link', { name: '← All tickets' }).click()
  await expect(page.getByRole('feed', { name: 'Tickets' })).toBeVisible()
})
