import type { Page } from '@playwright/test'
import { verifyEvent } from 'nostr-tools'
import type { NostrEvent } from 'nostr-tools'
import { naddrEncode } from 'nostr-tools/nip19'
import { RELAYS_KEY, expect, test } from './support/fixtures'
import { parseCard, parseOffer, parseTicket } from './support/independent-parser'
import { signInWithExtension } from './support/people'
import { SATSHOOT_PUBKEY, SATSHOOT_ZAP_RELAY } from './support/satshoot-format'
import { JUNE_2025, satshootMarket, satshooters } from './support/satshoot-market'
import type { Seeder } from './support/seed'

const { client, frank, grace, heidi } = satshooters

const feed = (page: Page) => page.getByRole('feed', { name: 'Tickets' })
const titles = (page: Page) => feed(page).getByRole('heading', { level: 2 })
const offerBy = (page: Page, name: string) =>
  page.getByRole('article', { name: 'Offer' }).filter({ hasText: name })
const ticketStatus = (page: Page) => page.locator('article header').first()
const topicsOf = (page: Page) =>
  page.locator('article header').getByRole('list', { name: 'Topics' }).getByRole('listitem')
const pageOf = (event: NostrEvent) =>
  `/ticket/${naddrEncode({ kind: event.kind, pubkey: event.pubkey, identifier: dOf(event) })}`
const dOf = (event: NostrEvent) => event.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
const fmt = (n: number) => n.toLocaleString('en-US')

const publishVerified = async (seed: Seeder, events: NostrEvent[]) => {
  for (const event of events)
    expect(verifyEvent({ ...event }), `signature of kind ${event.kind}`).toBe(true)
  await seed.publish(events)
}

test("SatShoot's jobs, bids (legacy per-minute too) and service show right in the app", async ({
  page,
  seed,
}) => {
  test.setTimeout(120_000)
  const now = Math.floor(Date.now() / 1000)
  for (const person of [client, frank, grace, heidi]) await seed.profile(person)

  const market = satshootMarket(now)
  const { umbrel, legacy, legacyUntagged, modern, seedJob, won, lost, acceptedAt } = market
  const umbrelTitle = 'Umbrel LND node will not open channels after the update'
  const seedTitle = 'Restore my hardware wallet from a seed phrase backup'
  expect(umbrel.tags).toContainEqual(['title', umbrelTitle])
  expect(seedJob.tags).toContainEqual(['title', seedTitle])

  expect(legacy.tags).toEqual([
    ['a', `32767:${client.pubkey}:Umbrel-LND-node-will-not-open-channels-after-the-update-q7m2xk`],
    ['pricing', '1'],
    ['amount', '25'],
    ['zap', SATSHOOT_PUBKEY, SATSHOOT_ZAP_RELAY, '5'],
    ['zap', grace.pubkey, SATSHOOT_ZAP_RELAY, '95'],
    ['d', 'h3k9x0q7m1c4v8b2'],
    ['published_at', String(JUNE_2025 + 200_000)],
  ])

  expect(seedJob.tags.slice(-3)).toEqual([
    ['a', `32768:${frank.pubkey}:w0n0b1d2f3g4h5j6`, String(acceptedAt)],
    ['s', '1'],
    ['state_history', '1', '1', String(acceptedAt)],
  ])
  // the independent parser is strict: SatShoot's timestamp hint breaks PROTOCOL.md's a-tag rule
  expect(parseTicket(seedJob).problems).toContain(
    `"a" third slot is neither a relay URL nor empty: ${acceptedAt}`,
  )

  await publishVerified(seed, [umbrel, legacy, legacyUntagged, modern, seedJob, won, lost])
  await publishVerified(seed, [market.bakery, market.service])

  // Feed: the self-custody job by default; the bakery job only with the switch.
  await page.goto('/')
  await expect(titles(page)).toHaveText([umbrelTitle])
  await page.getByRole('switch', { name: 'Show all jobs (including SatShoot)' }).check()
  await expect(titles(page)).toHaveText(['Landing page for my bakery', umbrelTitle])

  // The ticket page: title, Markdown description, topics, and the three bids as offers.
  await titles(page).filter({ hasText: umbrelTitle }).getByRole('link').click()
  await expect(page).toHaveURL(pageOf(umbrel))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(umbrelTitle)
  await expect(page.getByText('Umbrel 1.2', { exact: true })).toHaveJSProperty('tagName', 'STRONG')
  await expect(topicsOf(page)).toHaveText(['Umbrel', 'LND', 'node'])
  await expect(ticketStatus(page)).toContainText('New')

  // legacy: the amount was sats per minute
  await expect(offerBy(page, grace.profile.name)).toContainText('25 sats / min')
  await expect(offerBy(page, grace.profile.name)).toContainText(`${fmt(25 * 60)} sats per hour`)
  await expect(offerBy(page, heidi.profile.name)).toContainText('40 sats / min')
  await expect(offerBy(page, heidi.profile.name)).toContainText(`${fmt(40 * 60)} sats per hour`)
  // modern: the amount is sats per hour
  await expect(offerBy(page, frank.profile.name)).toContainText('100 sats / min')
  await expect(offerBy(page, frank.profile.name)).toContainText('6,000 sats per hour')
  await expect(offerBy(page, frank.profile.name)).toContainText('price changed once')
  for (const name of [grace, heidi, frank].map((p) => p.profile.name)) {
    await expect(offerBy(page, name)).toContainText('Pending')
  }

  // The accepted job: In progress with Frank, whose bid won; Grace's lost.
  await page.goto(pageOf(seedJob))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedTitle)
  await expect(ticketStatus(page)).toContainText('In progress')
  await expect(topicsOf(page)).toHaveText(['Hardware wallet', 'Seed phrase'])
  await expect(page.getByRole('status').filter({ hasText: 'In progress with' })).toContainText(
    frank.profile.name,
  )
  await expect(offerBy(page, frank.profile.name)).toContainText('50,000 sats')
  await expect(offerBy(page, frank.profile.name)).toContainText('Won')
  await expect(offerBy(page, grace.profile.name)).toContainText('80,000 sats')
  await expect(offerBy(page, grace.profile.name)).toContainText('Lost')

  // The Service in the Troubleshooters directory: rate per minute and per hour, topics.
  await page.goto('/troubleshooters')
  const card = page.getByRole('article').filter({ hasText: heidi.profile.name })
  await expect(card).toContainText('Lightning node rescue')
  await expect(card).toContainText('50 sats / min (3,000 sats per hour)')
  await expect(card).toContainText('Available')
  await expect(card.getByRole('list', { name: 'Expertise' }).getByRole('listitem')).toHaveText([
    'LND',
    'Core Lightning',
    'Umbrel',
  ])
})

const TITLE = 'Jade shows a different receive address than Sparrow'
const offerForm = (page: Page) => page.getByRole('form', { name: 'Make an offer' })
const myOffer = (page: Page) => page.getByRole('region', { name: 'Your offer' })
const HEX64 = /^[0-9a-f]{64}$/

test('what the app publishes reads back field by field as PROTOCOL.md says', async ({
  page,
  browser,
  baseURL,
  relay,
  seed,
  signer,
  nip07,
}) => {
  test.setTimeout(180_000)
  const startedAt = Math.floor(Date.now() / 1000)
  const bitcoiner = signer.identity.pubkey
  const troubleshooter = nip07.pubkey
  /** The newest stored event of `kind` by `author`, once `ready` holds for it. */
  const latest = async (kind: number, author: string, ready: (event: NostrEvent) => boolean) => {
    let found: NostrEvent | undefined
    await expect
      .poll(
        async () => {
          const events = await seed.query([{ kinds: [kind], authors: [author] }])
          found = events.sort((a, b) => b.created_at - a.created_at)[0]
          return found !== undefined && ready(found)
        },
        { timeout: 20_000 },
      )
      .toBe(true)
    if (!found) throw new Error('unreachable')
    expect(verifyEvent({ ...found }), `signature of kind ${kind}`).toBe(true)
    return found
  }

  // The Bitcoiner (remote signer) posts a ticket through /new.
  const context = await browser.newContext({ baseURL })
  await context.addInitScript(
    ({ key, url }) => window.localStorage.setItem(key, JSON.stringify([url])),
    { key: RELAYS_KEY, url: relay.url },
  )
  const mine = await context.newPage()
  await mine.goto('/sign-in')
  await mine.getByLabel('Bunker URI').fill(signer.bunkerUri)
  await mine.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(mine.getByRole('region', { name: 'Your account' })).toContainText(
    `Signed in as ${signer.name}`,
  )
  await mine.goto('/new')
  await mine.getByLabel('Title', { exact: true }).fill(TITLE)
  await mine
    .getByRole('textbox', { name: 'Description' })
    .fill('Jade firmware 1.0.30, Sparrow 2.1. The first address differs.')
  for (const topic of ['jade', 'sparrow']) {
    await mine.getByRole('combobox', { name: 'Topics' }).fill(topic)
    await mine.getByRole('combobox', { name: 'Topics' }).press('Enter')
  }
  await mine.getByLabel('Budget (sats)').fill('25000')
  await mine.getByRole('button', { name: 'Post ticket' }).click()
  await expect(mine).toHaveURL(/\/ticket\/naddr1/)
  await expect(mine.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  const ticketUrl = new URL(mine.url()).pathname

  const posted = await latest(32767, bitcoiner, () => true)
  const v1 = parseTicket(posted)
  expect(v1.problems).toEqual([])
  expect(v1.value.d).toMatch(/^[0-9a-f]{16,}$/)
  expect(v1.value.title).toBe(TITLE)
  expect(v1.value.topics).toEqual(['jade', 'sparrow'])
  expect(v1.value.status).toBe(0)
  expect(v1.value.stateHistory).toHaveLength(1)
  expect(v1.value.stateHistory[0]).toMatchObject({ from: -1, to: 0 })
  expect(v1.value.publishedAt).toBeGreaterThanOrEqual(startedAt)
  expect(v1.value.publishedAt).toBeLessThanOrEqual(posted.created_at)
  expect(v1.value.accepted).toBeUndefined()
  expect(v1.value.p).toEqual([])
  expect(v1.value.budget).toBe(25_000)
  expect(v1.value.alt).toBe(`Bitcoin Troubleshoot ticket: ${TITLE}`)

  // The Bitcoiner edits the description while the ticket is New.
  await mine
    .getByRole('region', { name: 'Your ticket' })
    .getByRole('link', { name: 'Edit' })
    .click()
  await expect(mine).toHaveURL(/\/new\?edit=naddr1/)
  const edited = 'Jade firmware 1.0.30, Sparrow 2.1. The **first** receive address differs.'
  await mine.getByRole('textbox', { name: 'Description' }).fill(edited)
  await mine.getByRole('button', { name: 'Save changes' }).click()
  await expect(mine).toHaveURL(ticketUrl)
  const afterEdit = await latest(32767, bitcoiner, (event) => event.content === edited)
  const v2 = parseTicket(afterEdit)
  expect(v2.problems).toEqual([])
  expect(afterEdit.created_at).toBeGreaterThan(posted.created_at)
  expect(v2.value.d).toBe(v1.value.d)
  expect(v2.value.publishedAt).toBe(v1.value.publishedAt)
  expect(v2.value.stateHistory).toEqual(v1.value.stateHistory)
  expect(v2.value.topics).toEqual(['jade', 'sparrow'])
  expect(v2.value.budget).toBe(25_000)

  // A troubleshooter (browser extension) offers 75 sats per minute.
  await signInWithExtension(page, nip07.name)
  await page.goto(ticketUrl)
  await offerForm(page).getByLabel('Per minute').check()
  await offerForm(page).getByLabel('Rate (sats per minute)').fill('75')
  await offerForm(page)
    .getByRole('textbox', { name: 'Cover letter' })
    .fill('Probably the **derivation path**; I can check with you.')
  await offerForm(page).getByRole('button', { name: 'Send offer' }).click()
  await expect(myOffer(page)).toContainText('75 sats / min')

  const offerEvent = await latest(32768, troubleshooter, () => true)
  const offer = parseOffer(offerEvent)
  expect(offer.problems).toEqual([])
  expect(offer.value.ticket).toMatchObject({ kind: 32767, pubkey: bitcoiner, d: v1.value.d })
  expect(offer.value.pricing).toBe(1)
  expect(offer.value.amount).toBe(75 * 60)
  expect(offer.value.publishedAt).toBeGreaterThanOrEqual(startedAt)
  expect(offer.value.publishedAt).toBeLessThanOrEqual(offerEvent.created_at)
  expect(offer.value.pricingHistory).toEqual([])
  expect(offer.value.p).toEqual([bitcoiner])
  expect(offer.value.zaps).toHaveLength(1)
  expect(offer.value.zaps[0]?.pubkey).toBe(troubleshooter)
  expect(offer.value.alt).toBe('Bitcoin Troubleshoot offer')
  expect(offer.value.coverLetter).toBe('Probably the **derivation path**; I can check with you.')

  // The Bitcoiner accepts it.
  await offerBy(mine, nip07.name).getByRole('button', { name: 'Accept' }).click()
  const dialog = mine.getByRole('alertdialog', { name: `Accept ${nip07.name}'s offer?` })
  await dialog.getByRole('button', { name: 'Accept offer' }).click()
  await expect(dialog).toBeHidden()
  await expect(ticketStatus(mine)).toContainText('In progress')

  const accepted = await latest(32767, bitcoiner, (event) =>
    event.tags.some((tag) => tag[0] === 's' && tag[1] === '1'),
  )
  const v3 = parseTicket(accepted)
  expect(v3.problems).toEqual([])
  expect(v3.value.d).toBe(v1.value.d)
  expect(v3.value.status).toBe(1)
  expect(v3.value.stateHistory).toHaveLength(2)
  expect(v3.value.stateHistory[0]).toEqual(v1.value.stateHistory[0])
  expect(v3.value.stateHistory[1]).toMatchObject({ from: 0, to: 1 })
  expect(v3.value.stateHistory[1]?.at).toBeGreaterThanOrEqual(afterEdit.created_at)
  expect(v3.value.publishedAt).toBe(v1.value.publishedAt)
  expect(v3.value.accepted).toMatchObject({
    kind: 32768,
    pubkey: troubleshooter,
    d: offer.value.d,
  })
  expect(v3.value.accepted?.relayHint ?? '').toMatch(/^$|^wss?:\/\//)
  expect(v3.value.p).toEqual([troubleshooter])
  expect(v3.value.title).toBe(TITLE)
  expect(v3.value.description).toBe(edited)
  expect(v3.value.topics).toEqual(['jade', 'sparrow'])
  expect(v3.value.alt).toBe(`Bitcoin Troubleshoot ticket: ${TITLE}`)

  // The troubleshooter saves a card.
  await page.goto('/troubleshooters?edit=me')
  await page.getByLabel('Title', { exact: true }).fill('Jade and multisig, step by step')
  const expertise = page.getByRole('combobox', { name: 'Expertise' })
  for (const topic of ['jade', 'multisig']) {
    await expertise.fill(topic)
    await expertise.press('Enter')
  }
  await page.getByLabel('Per minute', { exact: true }).check()
  await page.getByLabel('Rate (sats per minute)').fill('40')
  await page.getByLabel('About', { exact: true }).fill('Set up **many** Jades.')
  await page.getByRole('button', { name: 'Publish card' }).click()
  await expect(page).toHaveURL(/\/troubleshooters$/)

  const cardEvent = await latest(32765, troubleshooter, () => true)
  const card = parseCard(cardEvent)
  expect(card.problems).toEqual([])
  expect(card.value.d).not.toBe('')
  expect(card.value.title).toBe('Jade and multisig, step by step')
  expect(card.value.topics).toEqual(['jade', 'multisig'])
  expect(card.value.pricing).toBe(1)
  expect(card.value.amount).toBe(40 * 60)
  expect(card.value.available).toBe(true)
  expect(card.value.publishedAt).toBeGreaterThanOrEqual(startedAt)
  expect(card.value.publishedAt).toBeLessThanOrEqual(cardEvent.created_at)
  expect(card.value.about).toBe('Set up **many** Jades.')

  for (const event of [posted, afterEdit, offerEvent, accepted, cardEvent]) {
    expect(event.pubkey).toMatch(HEX64)
  }
  await context.close()
})
