import type { Page } from '@playwright/test'
import type { NostrEvent } from 'nostr-tools'
import { nip44 } from 'nostr-tools'
import { makeTroubleshooterCard } from '../src/nostr/troubleshooter-card'
import { sign } from '../scripts/relay-io'
import type { TestIdentity } from './support/identities'
import { otherBitcoiner, testTroubleshooter } from './support/identities'
import { secondTroubleshooter, signInWithExtension } from './support/people'
import type { Seeder } from './support/seed'
import { expect, test } from './support/fixtures'

const now = () => Math.floor(Date.now() / 1000)
const feed = (page: Page) => page.getByRole('feed', { name: 'Tickets' })
const row = (page: Page, title: string) =>
  feed(page).getByRole('article').filter({ hasText: title })

const toSelf = (person: TestIdentity, items: string[][]) =>
  nip44.v2.encrypt(
    JSON.stringify(items),
    nip44.v2.utils.getConversationKey(person.secretKey, person.pubkey),
  )
const fromSelf = (person: TestIdentity, content: string): unknown =>
  JSON.parse(
    nip44.v2.decrypt(content, nip44.v2.utils.getConversationKey(person.secretKey, person.pubkey)),
  )

/** The newest mute list of `person` the relay holds, asked directly. */
const newestMuteList = async (seed: Seeder, person: TestIdentity): Promise<NostrEvent> => {
  const lists = await seed.query([{ kinds: [10000], authors: [person.pubkey] }])
  const newest = lists.sort((a, b) => b.created_at - a.created_at)[0]
  if (!newest) throw new Error('no mute list on the relay')
  return newest
}

/** Mutes the author of the ticket titled `title` from its row's menu, privately. */
const muteFromFeed = async (page: Page, title: string, name: string) => {
  await row(page, title)
    .getByRole('button', { name: `Mute or report ${name}` })
    .click()
  await page.getByRole('menuitem', { name: 'Mute' }).click()
  const dialog = page.getByRole('alertdialog', { name: `Mute ${name}?` })
  await dialog.getByRole('button', { name: 'Mute', exact: true }).click()
  await expect(dialog).toBeHidden()
}

const seedTickets = async (seed: Seeder) => {
  await seed.profile(otherBitcoiner)
  await seed.profile(testTroubleshooter)
  await seed.profile(secondTroubleshooter)
  await seed.ticket({ title: 'Carol: Trezor passphrase lost', by: otherBitcoiner, at: now() - 300 })
  await seed.ticket({ title: 'Dave: node will not sync', by: testTroubleshooter, at: now() - 200 })
  await seed.ticket({ title: 'Erin: Coldcard PSBT', by: secondTroubleshooter, at: now() - 100 })
}

test('muting hides the person’s ticket from the feed, across a reload; “Show anyway” shows it', async ({
  page,
  seed,
  nip07,
}) => {
  await seedTickets(seed)
  await signInWithExtension(page, nip07.name)
  await page.goto('/')
  await expect(row(page, 'Carol: Trezor passphrase lost')).toBeVisible()

  await muteFromFeed(page, 'Carol: Trezor passphrase lost', otherBitcoiner.profile.name)
  await expect(row(page, 'Carol: Trezor passphrase lost')).toHaveCount(0)
  await expect(page.getByText('1 ticket hidden (muted)')).toBeVisible()
  await expect(row(page, 'Dave: node will not sync')).toBeVisible()
  // privately: the relay's list names Carol only inside the part encrypted to oneself
  await expect
    .poll(async () =>
      fromSelf(nip07.identity, (await newestMuteList(seed, nip07.identity)).content),
    )
    .toEqual([['p', otherBitcoiner.pubkey]])
  expect((await newestMuteList(seed, nip07.identity)).tags).toEqual([])

  await page.reload()
  await expect(row(page, 'Dave: node will not sync')).toBeVisible()
  await expect(page.getByText('1 ticket hidden (muted)')).toBeVisible()
  await expect(row(page, 'Carol: Trezor passphrase lost')).toHaveCount(0)
  await page.getByRole('button', { name: 'Show anyway' }).click()
  await expect(row(page, 'Carol: Trezor passphrase lost')).toBeVisible()
  await expect(page.getByText('Showing 1 ticket from people you muted')).toBeVisible()
})

test('a mute list with private NIP-44 items from another app keeps them all after muting someone', async ({
  page,
  seed,
  nip07,
}) => {
  await seedTickets(seed)
  const publicTags = [
    ['t', 'shitcoin'],
    ['word', 'airdrop'],
    ['e', 'e'.repeat(64)],
    ['p', 'a'.repeat(64)],
    ['unknown-tag', 'kept'],
  ]
  const privateItems = [
    ['p', secondTroubleshooter.pubkey],
    ['word', 'giveaway'],
    ['t', 'pump'],
  ]
  await seed.publish([
    sign(
      {
        kind: 10000,
        created_at: now() - 600,
        tags: publicTags,
        content: toSelf(nip07.identity, privateItems),
      },
      nip07.identity.secretKey,
    ),
  ])
  await signInWithExtension(page, nip07.name)
  await page.goto('/')
  // the privately muted person's ticket is hidden once the private part is decrypted
  await expect(row(page, 'Dave: node will not sync')).toBeVisible()
  await expect(page.getByText('1 ticket hidden (muted)')).toBeVisible()
  await expect(row(page, 'Erin: Coldcard PSBT')).toHaveCount(0)

  await muteFromFeed(page, 'Dave: node will not sync', testTroubleshooter.profile.name)
  await expect(page.getByText('2 tickets hidden (muted)')).toBeVisible()
  await expect
    .poll(async () => (await newestMuteList(seed, nip07.identity)).created_at)
    .toBeGreaterThan(now() - 600)
  const newest = await newestMuteList(seed, nip07.identity)
  expect(newest.tags).toEqual(publicTags)
  expect(fromSelf(nip07.identity, newest.content)).toEqual([
    ...privateItems,
    ['p', testTroubleshooter.pubkey],
  ])
})

const follows = (by: TestIdentity, people: TestIdentity[]) =>
  sign(
    { kind: 3, created_at: now() - 900, tags: people.map((p) => ['p', p.pubkey]), content: '' },
    by.secretKey,
  )
const card = (by: TestIdentity, title: string) =>
  sign(
    makeTroubleshooterCard(
      {
        d: `e2e-network-${by.profile.name}`,
        title,
        topics: ['trezor'],
        pricing: { kind: 'fixed', sats: 10_000 },
        available: true,
        about: 'Helps in the tests.',
      },
      now() - 600,
    ),
    by.secretKey,
  )

test('“Only people in my network” hides a stranger’s ticket and card, and says how many', async ({
  page,
  seed,
  nip07,
}) => {
  await seedTickets(seed)
  // the viewer follows Dave, who follows Erin; Carol is a stranger to both
  await seed.publish([
    follows(nip07.identity, [testTroubleshooter]),
    follows(testTroubleshooter, [secondTroubleshooter]),
    card(otherBitcoiner, 'Carol fixes Trezors'),
    card(secondTroubleshooter, 'Erin fixes Coldcards'),
  ])
  const networkSwitch = page.getByRole('switch', { name: 'Only people in my network' })

  // signed out: no switch, nobody hidden
  await page.goto('/')
  await expect(row(page, 'Erin: Coldcard PSBT')).toBeVisible()
  await expect(row(page, 'Carol: Trezor passphrase lost')).toBeVisible()
  await expect(networkSwitch).toHaveCount(0)

  await signInWithExtension(page, nip07.name)
  await page.goto('/')
  await expect(row(page, 'Carol: Trezor passphrase lost')).toBeVisible()
  await expect(networkSwitch).not.toBeChecked()
  await networkSwitch.check()
  await expect(page.getByText('1 ticket hidden: not in your network')).toBeVisible()
  await expect(row(page, 'Carol: Trezor passphrase lost')).toHaveCount(0)
  await expect(row(page, 'Dave: node will not sync')).toBeVisible()
  await expect(row(page, 'Erin: Coldcard PSBT')).toBeVisible()
  await expect(
    page.getByText('Your network: the 1 person you follow and whom they follow.'),
  ).toBeVisible()

  // the directory honours the same switch
  await page.getByRole('link', { name: 'Troubleshooters' }).first().click()
  await expect(page.getByRole('heading', { name: 'Erin fixes Coldcards' })).toBeVisible()
  await expect(page.getByText('1 troubleshooter hidden: not in your network')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Carol fixes Trezors' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Show everyone' }).click()
  await expect(page.getByRole('heading', { name: 'Carol fixes Trezors' })).toBeVisible()
  await expect(networkSwitch).not.toBeChecked()
})
