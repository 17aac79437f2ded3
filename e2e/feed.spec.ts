import type { Page } from '@playwright/test'
import { makeAddressDeletion } from '../src/nostr/deletion'
import { Kind } from '../src/nostr/kinds'
import { makeTicket } from '../src/nostr/ticket'
import { transitionTicket } from '../src/nostr/ticket-state'
import { makeTroubleshooterCard } from '../src/nostr/troubleshooter-card'
import { sign } from '../scripts/relay-io'
import { otherBitcoiner } from './support/identities'
import { expect, test } from './support/fixtures'

const now = () => Math.floor(Date.now() / 1000)
const feed = (page: Page) => page.getByRole('feed', { name: 'Tickets' })
/** Titles of the listed tickets, top to bottom. */
const titles = (page: Page) => feed(page).getByRole('heading', { level: 2 })
const chip = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Filter by topic' }).getByRole('button', { name, exact: true })

const seedMarket = async (seed: {
  ticket: (input: {
    title: string
    description?: string
    topics?: string[]
    budget?: number
    at?: number
  }) => Promise<unknown>
}) => {
  await seed.ticket({
    title: 'Ledger Nano will not sign',
    description: 'Sparrow says the PSBT is invalid.',
    topics: ['ledger', 'sparrow'],
    budget: 20_000,
    at: now() - 400,
  })
  await seed.ticket({
    title: 'Forgot where my passphrase is',
    description: 'Mein Schlüssel: Trezor shows an empty wallet.',
    topics: ['trezor', 'passphrase'],
    budget: 5_000,
    at: now() - 300,
  })
  await seed.ticket({
    title: 'Node stuck at 99 percent',
    description: 'Bitcoin Core stopped syncing.',
    topics: ['bitcoin-core'],
    budget: 90_000,
    at: now() - 200,
  })
  // a SatShoot job: same kind, topics outside the self-custody vocabulary
  await seed.ticket({
    title: 'Design a logo for my café',
    description: 'Freelance design job.',
    topics: ['design', 'logo'],
    budget: 50_000,
    at: now() - 100,
  })
}

test('filters by topic, searches, sorts by budget and shows SatShoot jobs only on request', async ({
  page,
  seed,
}) => {
  await seedMarket(seed)
  await page.goto('/')
  await expect(titles(page)).toHaveText([
    'Node stuck at 99 percent',
    'Forgot where my passphrase is',
    'Ledger Nano will not sign',
  ])

  await chip(page, 'Ledger').click()
  await expect(titles(page)).toHaveText(['Ledger Nano will not sign'])
  await expect(page).toHaveURL(/topics=ledger/)
  await chip(page, 'Trezor').click()
  await expect(titles(page)).toHaveText([
    'Forgot where my passphrase is',
    'Ledger Nano will not sign',
  ])
  await page.getByRole('button', { name: 'Clear topics' }).click()

  const search = page.getByRole('searchbox', { name: 'Search tickets' })
  await search.fill('SCHLUSSEL')
  await expect(titles(page)).toHaveText(['Forgot where my passphrase is'])
  await expect(page).toHaveURL(/q=SCHLUSSEL/)
  await search.fill('ledger firmware')
  await expect(page.getByText('No tickets match “ledger firmware”')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(search).toHaveValue('')
  await expect(titles(page)).toHaveCount(3)

  await page.getByLabel('Sort by').selectOption('budget')
  await expect(titles(page)).toHaveText([
    'Node stuck at 99 percent',
    'Ledger Nano will not sign',
    'Forgot where my passphrase is',
  ])

  await page.getByRole('switch', { name: 'Show all jobs (including SatShoot)' }).check()
  await expect(titles(page)).toHaveText([
    'Node stuck at 99 percent',
    'Design a logo for my café',
    'Ledger Nano will not sign',
    'Forgot where my passphrase is',
  ])

  // the view is in the URL: shared, it opens the same way
  await page.reload()
  await expect(page.getByRole('switch', { name: /Show all jobs/ })).toBeChecked()
  await expect(titles(page)).toHaveCount(4)
  await expect(titles(page).first()).toHaveText('Node stuck at 99 percent')
})

test('"My expertise" narrows the feed to the topics on my troubleshooter card', async ({
  page,
  seed,
  nip07,
}) => {
  await seedMarket(seed)
  const card = makeTroubleshooterCard(
    {
      d: 'e2e-feed-card',
      title: 'Hardware wallet help',
      topics: ['trezor', 'bitcoin-core'],
      pricing: { kind: 'fixed', sats: 10_000 },
      available: true,
      about: 'I fix things.',
    },
    now() - 600,
  )
  await seed.publish([sign(card, nip07.identity.secretKey)])
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Use browser extension' }).click()
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText('Signed in as')
  await page.goto('/')
  await page.getByRole('button', { name: /My expertise/ }).click()
  await expect(titles(page)).toHaveText([
    'Node stuck at 99 percent',
    'Forgot where my passphrase is',
  ])
})

test('a new ticket appears without a reload; a closed or deleted one leaves the New view', async ({
  page,
  seed,
}) => {
  const closing = await seed.ticket({ title: 'Tor will not start on Umbrel', topics: ['tor'] })
  const deleting = await seed.ticket({ title: 'Lost my Jade PIN', topics: ['jade'] })
  await page.goto('/')
  await expect(titles(page)).toHaveCount(2)

  await seed.ticket({ title: 'Channel stuck pending open', topics: ['lightning'], at: now() })
  await expect(titles(page).first()).toHaveText('Channel stuck pending open')

  const closed = transitionTicket(closing, 'resolved', now())
  if (!closed.ok) throw new Error(closed.reason)
  await seed.publish([sign(closed.value, otherBitcoiner.secretKey)])
  await expect(titles(page).filter({ hasText: 'Tor will not start' })).toHaveCount(0)

  const d = deleting.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
  const deletion = makeAddressDeletion({ kind: Kind.Ticket, pubkey: deleting.pubkey, d }, now())
  await seed.publish([sign(deletion, otherBitcoiner.secretKey)])
  await expect(titles(page)).toHaveText(['Channel stuck pending open'])

  // the closed ticket is still listed under All, with its status
  await page.getByRole('button', { name: 'All', exact: true }).click()
  await expect(
    feed(page).getByRole('article').filter({ hasText: 'Tor will not start' }),
  ).toContainText('Resolved')
})

test('a hostile ticket renders as inert text and cannot break the layout', async ({
  page,
  seed,
}) => {
  const template = makeTicket(
    { d: 'hostile-1', title: 'placeholder', description: '', topics: ['ledger'] },
    now() - 60,
  )
  // a 3,000-character word: read up to 300 characters (READ_LIMITS.title), then "…"
  const title = `${'\u202eA'.repeat(3)} مرحبا بالعالم ${'W'.repeat(3000)}\u200b\u200b`
  const description = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
  const hostile = sign(
    {
      ...template,
      tags: template.tags.map((tag) => (tag[0] === 'title' ? ['title', title] : tag)),
      content: description,
    },
    otherBitcoiner.secretKey,
  )
  await seed.publish([hostile])
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  const row = feed(page).getByRole('article')
  await expect(row).toContainText('<script>window.__pwned = 1</script>')
  await expect(row).toContainText('مرحبا')
  await expect(row).toContainText('WWW…')
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await feed(page).locator('script, img[src="x"]').count()).toBe(0)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})

test('the feed is a keyboard-navigable list of focusable articles', async ({ page, seed }) => {
  for (let n = 0; n < 3; n++) {
    await seed.ticket({ title: `Ticket number ${n}`, topics: ['ledger'], at: now() - 100 * n })
  }
  await page.goto('/')
  const articles = feed(page).getByRole('article')
  await expect(articles).toHaveCount(3)
  await expect(articles.nth(1)).toHaveAttribute('aria-posinset', '2')
  await expect(articles.nth(1)).toHaveAttribute('aria-setsize', '3')
  await articles.first().focus()
  await page.keyboard.press('PageDown')
  await expect(articles.nth(1)).toBeFocused()
  await page.keyboard.press('PageUp')
  await expect(articles.first()).toBeFocused()
})

test('while I read further down, new tickets wait behind a "new tickets" pill', async ({
  page,
  seed,
}) => {
  const start = now()
  for (let n = 0; n < 12; n++) {
    await seed.ticket({ title: `Older ticket ${n}`, topics: ['ledger'], at: start - 1000 - n })
  }
  await page.goto('/')
  await expect(titles(page).first()).toHaveText('Older ticket 0')
  await page.mouse.wheel(0, 1200)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600)

  await seed.ticket({ title: 'Fresh problem with Phoenix', topics: ['phoenix'], at: now() })
  const pill = page.getByRole('button', { name: '1 new ticket' })
  await expect(pill).toBeVisible()
  await expect(feed(page).getByText('Fresh problem with Phoenix')).toHaveCount(0)
  await pill.click()
  await expect(titles(page).first()).toHaveText('Fresh problem with Phoenix')
  await expect(pill).toHaveCount(0)
})
