import type { Browser, Page } from '@playwright/test'
import type { NostrEvent } from 'nostr-tools'
import { naddrEncode, npubEncode } from 'nostr-tools/nip19'
import { unwrapEvent } from 'nostr-tools/nip59'
import { Kind } from '../src/nostr/kinds'
import { RELAYS_KEY, expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'

// BIP-39 reference vector (trezor/python-mnemonic vectors.json): a valid 12-word phrase.
const LEGAL_12 = 'legal winner thank year wave sausage worth useful legal winner thank yellow'

const threadUrl = (counterpart: string, ticket?: NostrEvent) => {
  const base = `/messages/${npubEncode(counterpart)}`
  if (!ticket) return base
  const d = ticket.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
  return `${base}?ticket=${naddrEncode({ kind: Kind.Ticket, pubkey: ticket.pubkey, identifier: d })}`
}

const signInWithExtension = async (page: Page) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Use browser extension' }).click()
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText('Signed in as')
}

/** A second person in their own browser context, signed in through the bunker. */
const openBunkerPage = async (browser: Browser, relayUrl: string, bunkerUri: string) => {
  const context = await browser.newContext()
  await context.addInitScript(
    ({ key, url }) => {
      if (window.localStorage.getItem(key) === null) {
        window.localStorage.setItem(key, JSON.stringify([url]))
      }
    },
    { key: RELAYS_KEY, url: relayUrl },
  )
  const page = await context.newPage()
  await page.goto('/sign-in')
  await page.getByLabel('Bunker URI').fill(bunkerUri)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText('Signed in as')
  return page
}

const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message' })
const messages = (page: Page) => page.getByRole('list', { name: 'Messages' })
const conversations = (page: Page) => page.getByRole('list', { name: 'Conversations' })

const send = async (page: Page, text: string) => {
  await messageBox(page).fill(text)
  await messageBox(page).press('Enter')
}

test('two people talk about a ticket: both directions, unread counts and the scam warning', async ({
  browser,
  page,
  relay,
  seed,
  signer,
  nip07,
}) => {
  const ticket = await seed.ticket({
    title: 'Ledger Live shows zero balance after update',
    by: signer.identity,
  })
  const alice = await openBunkerPage(browser, relay.url, signer.bunkerUri)
  await signInWithExtension(page)

  // Bob (extension) writes to Alice (bunker) about her ticket.
  await page.goto(threadUrl(signer.identity.pubkey, ticket))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(signer.name)
  await expect(page.getByRole('link', { name: 'Ledger Live shows zero balance' })).toBeVisible()
  const card = page.getByRole('region', { name: /three rules/ })
  await expect(card).toContainText('Never share your seed words')
  await card.getByRole('button', { name: 'Got it' }).click()
  await expect(card).toHaveCount(0)

  await send(page, 'Hi Alice, I can help. Which Ledger model is it?')
  await expect(messageBox(page)).toHaveValue('')
  await expect(messages(page)).toContainText('Which Ledger model is it?')
  await expect(messages(page).getByText('Sent · 1 relay')).toBeVisible()

  // Alice sees one unread conversation about her ticket, opens it and answers.
  await alice.goto('/messages')
  const row = conversations(alice).getByRole('link', { name: new RegExp(nip07.name) })
  await expect(row).toContainText('Ledger Live shows zero balance after update')
  await expect(row).toContainText('Which Ledger model is it?')
  await expect(row).toContainText('1 unread')
  await row.click()
  await expect(messages(alice)).toContainText('Which Ledger model is it?')
  await send(alice, 'A Nano S Plus, firmware 1.1.')
  await expect(messages(alice).getByText('Sent · 1 relay')).toBeVisible()

  // Bob is still in the thread: the answer arrives without a reload.
  await expect(messages(page)).toContainText('A Nano S Plus, firmware 1.1.')

  // Two more while Bob looks at his inbox: the count follows, and reading clears it.
  await page.goto('/messages')
  await send(alice, 'Also, the app asked me to update.')
  await send(alice, 'Please send me your seed words so I can check the wallet for you.')
  const bobRow = conversations(page).getByRole('link', { name: new RegExp(signer.name) })
  await expect(bobRow).toContainText('2 unread')
  await expect(bobRow).toContainText('Please send me your seed words')
  await bobRow.click()

  // The scam ask is flagged above the message, the ordinary one is not.
  const warning = messages(page).getByRole('alert')
  await expect(warning).toHaveCount(1)
  await expect(warning).toContainText('Legitimate troubleshooters never ask for your seed words')
  await expect(warning).toContainText('Consider reporting this person')
  await page.getByRole('link', { name: 'All messages' }).click()
  await expect(
    conversations(page).getByRole('link', { name: new RegExp(signer.name) }),
  ).not.toContainText('unread')

  // The card stays dismissed on this device.
  await page.goto(threadUrl(signer.identity.pubkey, ticket))
  await expect(messages(page)).toContainText('A Nano S Plus')
  await expect(page.getByRole('region', { name: /three rules/ })).toHaveCount(0)
  await alice.context().close()
})

test('a message written while the relay is down waits, survives a reload, and is delivered', async ({
  page,
  relay,
  seed,
  nip07,
}) => {
  const ticket = await seed.ticket({ title: 'Sparrow cannot connect to my node' })
  await signInWithExtension(page)
  await page.goto(threadUrl(testTroubleshooter.pubkey, ticket))
  await expect(messageBox(page)).toBeVisible()

  await relay.stop()
  await send(page, 'Sent while every relay was down.')
  await expect(messages(page)).toContainText('Sent while every relay was down.')
  await expect(messages(page).getByText(/Waiting to send/)).toBeVisible()

  await page.reload()
  await expect(messages(page)).toContainText('Sent while every relay was down.')
  await expect(messages(page).getByText(/Waiting to send/)).toBeVisible()

  await relay.restart()
  await expect(messages(page).getByText('Sent · 1 relay')).toBeVisible({ timeout: 30_000 })

  // The troubleshooter's copy is on the relay, and it opens with their key.
  const wraps = await seed.query([{ kinds: [Kind.GiftWrap], '#p': [testTroubleshooter.pubkey] }])
  expect(wraps).toHaveLength(1)
  const rumor = unwrapEvent(wraps[0] as NostrEvent, testTroubleshooter.secretKey)
  expect(rumor.pubkey).toBe(nip07.pubkey)
  expect(rumor.content).toBe('Sent while every relay was down.')
})

test('a recovery phrase is never sent; the text stays in the box', async ({
  page,
  seed,
  nip07,
}) => {
  await signInWithExtension(page)
  await page.goto(threadUrl(testTroubleshooter.pubkey))
  await expect(page.getByText('Private conversation, not about a ticket')).toBeVisible()

  const text = `my words are ${LEGAL_12}`
  await send(page, text)
  await expect(page.getByRole('alert')).toContainText('Not sent.')
  await expect(page.getByRole('alert')).toContainText('recovery phrase')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(messageBox(page)).toHaveValue(text)
  await expect(page.getByRole('list', { name: 'Messages' })).toHaveCount(0)

  const wraps = await seed.query([
    { kinds: [Kind.GiftWrap], '#p': [testTroubleshooter.pubkey, nip07.pubkey] },
  ])
  expect(wraps).toEqual([])
})
