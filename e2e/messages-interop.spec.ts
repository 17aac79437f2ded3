import type { Page } from '@playwright/test'
import type { NostrEvent } from 'nostr-tools'
import { nip04 } from 'nostr-tools'
import { wrapEvent as wrapChat } from 'nostr-tools/nip17'
import { naddrEncode, npubEncode } from 'nostr-tools/nip19'
import { unwrapEvent, wrapEvent } from 'nostr-tools/nip59'
import { sign } from '../scripts/relay-io'
import { Kind } from '../src/nostr/kinds'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'

/**
 * Another NIP-17 client is played by nostr-tools (nip17/nip59) in the test: what it sends shows in
 * the right thread, and what the app sends opens with nostr-tools and the recipient's key.
 */

const nowSeconds = () => Math.floor(Date.now() / 1000)
const dOf = (event: NostrEvent) => event.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
const addressOf = (ticket: NostrEvent) => `${Kind.Ticket}:${ticket.pubkey}:${dOf(ticket)}`
const threadUrl = (counterpart: string, ticket: NostrEvent) =>
  `/messages/${npubEncode(counterpart)}?ticket=${naddrEncode({
    kind: Kind.Ticket,
    pubkey: ticket.pubkey,
    identifier: dOf(ticket),
  })}`

const signIn = async (page: Page) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Use browser extension' }).click()
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText('Signed in as')
}

const conversations = (page: Page) => page.getByRole('list', { name: 'Conversations' })
const messages = (page: Page) => page.getByRole('list', { name: 'Messages' })

test('messages from another NIP-17 client land in the right threads', async ({
  page,
  seed,
  nip07,
}) => {
  await seed.profile(testTroubleshooter)
  const ticket = await seed.ticket({ title: 'Coldcard PSBT signing fails', by: nip07.identity })
  const other = await seed.ticket({ title: 'Umbrel stuck at 99 %', by: nip07.identity })

  // A kind 14 about the ticket (its `a` tag), and one about nothing, built and wrapped by nostr-tools.
  const aboutTicket = wrapEvent(
    {
      kind: Kind.ChatMessage,
      created_at: nowSeconds() - 120,
      content: 'Hello from another client: is the PSBT from Sparrow 1.8?',
      tags: [
        ['p', nip07.pubkey],
        ['a', addressOf(ticket)],
        ['subject', 'Coldcard PSBT signing fails'],
      ],
    },
    testTroubleshooter.secretKey,
    nip07.pubkey,
  )
  const plain = wrapChat(
    testTroubleshooter.secretKey,
    { publicKey: nip07.pubkey },
    'A plain NIP-17 note with no ticket.',
  )
  // A legacy NIP-04 message, as SatShoot sends them, about the other ticket.
  const legacy = sign(
    {
      kind: Kind.LegacyDirectMessage,
      created_at: nowSeconds() - 60,
      content: await nip04.encrypt(
        testTroubleshooter.secretKey,
        nip07.pubkey,
        'Old-style message about Umbrel.',
      ),
      tags: [
        ['p', nip07.pubkey],
        ['a', addressOf(other)],
      ],
    },
    testTroubleshooter.secretKey,
  )
  await seed.publish([aboutTicket, plain, legacy])

  await signIn(page)
  await page.goto('/messages')
  const rows = conversations(page).getByRole('link', { name: /Dave Fixer/ })
  await expect(rows).toHaveCount(3)
  await expect(rows.filter({ hasText: 'Coldcard PSBT signing fails' })).toContainText(
    'is the PSBT from Sparrow 1.8?',
  )
  await expect(rows.filter({ hasText: 'No ticket' })).toContainText('A plain NIP-17 note')
  await expect(rows.filter({ hasText: 'Umbrel stuck at 99 %' })).toContainText(
    'Old-style message about Umbrel.',
  )

  await rows.filter({ hasText: 'Umbrel stuck at 99 %' }).click()
  await expect(messages(page)).toContainText('Old-style message about Umbrel.')
  await expect(messages(page).getByText('Older, weaker encryption')).toBeVisible()

  await page.goto(threadUrl(testTroubleshooter.pubkey, ticket))
  await expect(messages(page)).toContainText('is the PSBT from Sparrow 1.8?')
  await expect(messages(page)).not.toContainText('Old-style message')
  await expect(messages(page).getByText('Older, weaker encryption')).toHaveCount(0)
})

test('what the app sends opens with nostr-tools, for the recipient and for the sender', async ({
  page,
  seed,
  nip07,
}) => {
  const ticket = await seed.ticket({ title: 'BitBox02 not recognised', by: nip07.identity })
  await signIn(page)
  await page.goto(threadUrl(testTroubleshooter.pubkey, ticket))
  const text = 'Thanks for the offer — can we start tomorrow? ₿ ü 日本'
  await page.getByRole('textbox', { name: 'Message' }).fill(text)
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(messages(page).getByText('Sent · 1 relay')).toBeVisible()

  const [theirs] = await seed.query([{ kinds: [Kind.GiftWrap], '#p': [testTroubleshooter.pubkey] }])
  const [mine] = await seed.query([{ kinds: [Kind.GiftWrap], '#p': [nip07.pubkey] }])
  if (!theirs || !mine) throw new Error('both gift wraps should be on the relay')
  // Wraps are signed by throwaway keys, never by the sender.
  expect(theirs.pubkey).not.toBe(nip07.pubkey)
  expect(mine.pubkey).not.toBe(theirs.pubkey)

  const rumor = unwrapEvent(theirs, testTroubleshooter.secretKey)
  expect(rumor.kind).toBe(14)
  expect(rumor.pubkey).toBe(nip07.pubkey)
  expect(rumor.content).toBe(text)
  expect(rumor.tags).toContainEqual(['p', testTroubleshooter.pubkey])
  expect(rumor.tags).toContainEqual(['subject', 'BitBox02 not recognised'])
  expect(rumor.tags.find((tag) => tag[0] === 'a')?.[1]).toBe(addressOf(ticket))

  const copy = unwrapEvent(mine, nip07.identity.secretKey)
  expect(copy.id).toBe(rumor.id)
  expect(copy.content).toBe(text)
})
