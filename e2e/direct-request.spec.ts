import type { Page } from '@playwright/test'
import { npubEncode } from 'nostr-tools/nip19'
import { sign } from '../scripts/relay-io'
import { makeTroubleshooterCard } from '../src/nostr/troubleshooter-card'
import { RELAYS_KEY, expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'
import { signInWithExtension } from './support/people'

const TITLE = 'Coldcard will not sign the PSBT from Sparrow'

const cardOf = (page: Page, name: string) => page.getByRole('article').filter({ hasText: name })

test('a troubleshooter publishes a card; a Bitcoiner finds it by topic and asks them directly', async ({
  page,
  browser,
  baseURL,
  relay,
  seed,
  nip07,
  signer,
}) => {
  test.setTimeout(120_000)
  // Another troubleshooter's card (node topics only), so the topic filter has something to hide.
  await seed.profile(testTroubleshooter)
  const now = Math.floor(Date.now() / 1000)
  await seed.publish([
    sign(
      makeTroubleshooterCard(
        {
          d: 'dave-card',
          title: 'Umbrel and Start9 nodes',
          topics: ['umbrel', 'start9'],
          pricing: { kind: 'fixed', sats: 20_000 },
          available: true,
          about: 'Node rescues.',
        },
        now - 600,
      ),
      testTroubleshooter.secretKey,
    ),
  ])

  // The troubleshooter (browser extension) writes their card.
  await signInWithExtension(page, nip07.name)
  await page.goto('/troubleshooters?edit=me')
  await page.getByLabel('Title', { exact: true }).fill('Coldcard and Sparrow, patiently')
  const expertise = page.getByRole('combobox', { name: 'Expertise' })
  await expertise.fill('coldc')
  await page.getByRole('option', { name: 'Coldcard' }).click()
  await expertise.fill('sparrow')
  await expertise.press('Enter')
  await expect(page.getByRole('list', { name: 'Chosen: Expertise' })).toHaveText(
    /Coldcard.*Sparrow/,
  )
  await page.getByLabel('Per minute', { exact: true }).check()
  await page.getByLabel('Rate (sats per minute)').fill('50')
  await expect(page.getByRole('switch', { name: 'Available for new tickets' })).toBeChecked()
  await page.getByLabel('About', { exact: true }).fill('I have set up **hundreds** of Coldcards.')
  await page.getByRole('button', { name: 'Publish card' }).click()
  await expect(page).toHaveURL(/\/troubleshooters$/)
  await expect(cardOf(page, nip07.name)).toContainText('50 sats / min (3,000 sats per hour)')

  // The Bitcoiner (remote signer) filters the directory by Coldcard and asks for help.
  const context = await browser.newContext({ baseURL })
  await context.addInitScript(
    ({ key, url }) => window.localStorage.setItem(key, JSON.stringify([url])),
    { key: RELAYS_KEY, url: relay.url },
  )
  const bitcoiner = await context.newPage()
  await bitcoiner.goto('/sign-in')
  await bitcoiner.getByLabel('Bunker URI').fill(signer.bunkerUri)
  await bitcoiner.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(bitcoiner.getByRole('region', { name: 'Your account' })).toContainText(
    `Signed in as ${signer.name}`,
  )
  await bitcoiner.goto('/troubleshooters')
  await expect(cardOf(bitcoiner, testTroubleshooter.profile.name)).toBeVisible()
  await expect(cardOf(bitcoiner, nip07.name)).toBeVisible()
  await bitcoiner.getByLabel('Topic', { exact: true }).selectOption('coldcard')
  await expect(cardOf(bitcoiner, testTroubleshooter.profile.name)).toHaveCount(0)
  const card = cardOf(bitcoiner, nip07.name)
  await expect(card).toContainText('Coldcard and Sparrow, patiently')
  await expect(card).toContainText('Available')
  await card.getByRole('link', { name: 'Request help' }).click()

  await expect(bitcoiner).toHaveURL(new RegExp(`/new\\?to=${npubEncode(nip07.pubkey)}$`))
  const asked = bitcoiner.getByRole('region', { name: 'Asking directly' })
  await expect(asked).toContainText(nip07.name)
  await bitcoiner.getByLabel('Title', { exact: true }).fill(TITLE)
  await bitcoiner
    .getByLabel('Description')
    .fill('Coldcard Mk4, firmware 5.4.0, Sparrow 2.1. It says "PSBT does not contain my keys".')
  await bitcoiner.getByRole('combobox', { name: 'Topics' }).fill('coldcard')
  await bitcoiner.getByRole('combobox', { name: 'Topics' }).press('Enter')
  await bitcoiner.getByRole('button', { name: 'Post ticket' }).click()

  await expect(bitcoiner).toHaveURL(/\/ticket\/naddr1/)
  await expect(bitcoiner.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(bitcoiner.getByRole('status').filter({ hasText: 'Asked directly:' })).toContainText(
    nip07.name,
  )

  const [ticket, ...more] = await seed.query([
    { kinds: [32767], authors: [signer.identity.pubkey] },
  ])
  expect(more).toHaveLength(0)
  expect(ticket?.tags).toContainEqual(['p', nip07.pubkey])
  expect(ticket?.tags).toContainEqual(['t', 'coldcard'])
  expect(ticket?.tags).toContainEqual(['title', TITLE])
  await context.close()
})
