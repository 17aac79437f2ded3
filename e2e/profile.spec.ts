import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { BrowserContext } from '@playwright/test'
import { getPublicKey } from 'nostr-tools'
import { npubEncode } from 'nostr-tools/nip19'
import { sign } from '../scripts/relay-io'
import { makeTroubleshooterReview } from '../src/nostr/review'
import { expect, test } from './support/fixtures'
import { extensionBitcoiner, otherBitcoiner, testTroubleshooter } from './support/identities'
import type { TestIdentity } from './support/identities'
import { signInWithExtension } from './support/people'
import type { Seeder } from './support/seed'

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** A Bitcoiner of a past deal, with a name of their own. */
const client = (n: number): TestIdentity => {
  const secretKey = sha256(utf8ToBytes(`bitcoin-troubleshoot e2e: profile client ${n}`))
  return {
    secretKey,
    pubkey: getPublicKey(secretKey),
    profile: { name: `Client ${n}`, about: 'Had a deal in the tests.' },
  }
}

/**
 * Past deals of `troubleshooter`, as the wire has them: each Bitcoiner's ticket accepted the
 * troubleshooter's offer and was closed (`outcomes`: true resolved, false failed), and each
 * Bitcoiner reviewed the troubleshooter (QTS) — solved with expertise and communication when the
 * deal was resolved, not solved when it failed.
 */
const seedTrackRecord = async (
  seed: Seeder,
  troubleshooter: TestIdentity,
  outcomes: readonly boolean[],
) => {
  const at = nowSeconds() - 86_400
  const events = outcomes.flatMap((resolved, i) => {
    const bitcoiner = client(i)
    const offer = `32768:${troubleshooter.pubkey}:deal-offer-${i}`
    const ticket = `32767:${bitcoiner.pubkey}:deal-ticket-${i}`
    return [
      sign(
        {
          kind: 0,
          created_at: at,
          tags: [],
          content: JSON.stringify({ name: bitcoiner.profile.name }),
        },
        bitcoiner.secretKey,
      ),
      sign(
        {
          kind: 32767,
          created_at: at + 600,
          content: 'My node does not sync.',
          tags: [
            ['d', `deal-ticket-${i}`],
            ['title', `Node problem ${i}`],
            ['s', resolved ? '2' : '3'],
            ['published_at', String(at)],
            ['a', offer, ''],
            ['p', troubleshooter.pubkey],
          ],
        },
        bitcoiner.secretKey,
      ),
      sign(
        {
          kind: 32768,
          created_at: at + 60,
          content: 'I can help.',
          tags: [
            ['d', `deal-offer-${i}`],
            ['a', ticket, ''],
            ['pricing', '0'],
            ['amount', '5000'],
            ['published_at', String(at + 60)],
            ['p', bitcoiner.pubkey],
          ],
        },
        troubleshooter.secretKey,
      ),
      sign(
        makeTroubleshooterReview(
          {
            offer,
            troubleshooter: troubleshooter.pubkey,
            ratings: { success: resolved, expertise: resolved, communication: true },
            text: resolved ? `Fixed it in minutes (${i}).` : 'Did not work out.',
          },
          at + 1200 + i,
        ),
        bitcoiner.secretKey,
      ),
    ]
  })
  await seed.publish(events)
}

/** A kind 0 written by "another client": whatever JSON `fields` holds, published by a script. */
const publishProfile = (seed: Seeder, who: TestIdentity, fields: Record<string, unknown>) =>
  seed.publish([
    sign(
      { kind: 0, created_at: nowSeconds() - 60, tags: [], content: JSON.stringify(fields) },
      who.secretKey,
    ),
  ])

/**
 * `https://<domain>/.well-known/nostr.json` answers `names` in every page of `context`, the way a
 * real NIP-05 domain would (the routing stands in for DNS and TLS).
 */
const serveNostrJson = (context: BrowserContext, domain: string, names: Record<string, string>) =>
  context.route(`https://${domain}/.well-known/nostr.json*`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ names }),
    }),
  )

test('editing my profile keeps the fields another client wrote and shows the new name', async ({
  page,
  seed,
  nip07,
}) => {
  const theirs = {
    name: nip07.name,
    about: 'Signs with a browser extension.',
    website: 'https://bob.example',
    banner: 'https://bob.example/banner.png',
    x_other_client: { theme: 'dark', pins: [1, 2] },
  }
  await publishProfile(seed, extensionBitcoiner, theirs)
  await signInWithExtension(page, nip07.name)
  await page.goto(`/p/${npubEncode(extensionBitcoiner.pubkey)}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nip07.name)
  await page.getByRole('button', { name: 'Edit profile' }).click()
  const form = page.getByRole('form', { name: 'Edit your profile' })
  await expect(form.getByLabel('Name')).toHaveValue(nip07.name)
  await form.getByLabel('Name').fill('Bob the Renamed')
  await form.getByLabel('Lightning address').fill('bob@wallet.example')
  // a picture that is not https is refused beside its field, nothing typed is lost
  await form.getByLabel('Picture').fill('http://bob.example/me.png')
  await form.getByRole('button', { name: 'Save profile' }).click()
  await expect(form.getByText('The picture must be an https:// address of an image.')).toBeVisible()
  await expect(form.getByLabel('Name')).toHaveValue('Bob the Renamed')
  await form.getByLabel('Picture').fill('')
  await form.getByRole('button', { name: 'Save profile' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bob the Renamed')
  await expect(form).toBeHidden()
  // the relay keeps only the newest kind 0
  const newestOnRelay = async () =>
    (await seed.query([{ kinds: [0], authors: [extensionBitcoiner.pubkey] }])).sort(
      (a, b) => b.created_at - a.created_at,
    )[0]
  await expect.poll(async () => (await newestOnRelay())?.content).toContain('Bob the Renamed')
  const newest = await newestOnRelay()
  expect(JSON.parse(newest?.content ?? '{}')).toEqual({
    ...theirs,
    name: 'Bob the Renamed',
    lud16: 'bob@wallet.example',
  })

  // what another device sees: the relay's copy
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bob the Renamed')
  await expect(page.getByText('bob@wallet.example')).toBeVisible()
})

test('a NIP-05 address shows verified when its domain lists the key, and unverified when it gives the name to another', async ({
  page,
  context,
  seed,
}) => {
  await serveNostrJson(context, 'nip05.test', {
    carol: otherBitcoiner.pubkey,
    dave: otherBitcoiner.pubkey,
  })
  await publishProfile(seed, otherBitcoiner, { name: 'Carol Stacker', nip05: 'carol@nip05.test' })
  await publishProfile(seed, testTroubleshooter, { name: 'Dave Fixer', nip05: 'dave@nip05.test' })

  await page.goto(`/p/${npubEncode(otherBitcoiner.pubkey)}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carol Stacker')
  await expect(page.getByText('carol@nip05.test')).toBeVisible()
  await expect(page.getByText(/^✓ verified$/)).toBeVisible()

  await page.goto(`/p/${npubEncode(testTroubleshooter.pubkey)}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dave Fixer')
  await expect(page.getByText('not verified', { exact: true })).toBeVisible()
  await expect(page.getByText(/nip05\.test gives this name to another key/)).toBeVisible()
})

test("a troubleshooter with verified reviews shows the figures and how they are made; a stranger's review is listed apart and does not count; someone without history gets the newcomer note", async ({
  page,
  seed,
}) => {
  await seed.profile(testTroubleshooter)
  await seedTrackRecord(seed, testTroubleshooter, [true, true, false])
  // a stranger "reviews" a deal they were not part of
  const stranger = client(99)
  await seed.publish([
    sign(
      makeTroubleshooterReview(
        {
          offer: `32768:${testTroubleshooter.pubkey}:deal-offer-0`,
          troubleshooter: testTroubleshooter.pubkey,
          ratings: { success: false, expertise: false, communication: false },
          text: 'Scammer!!',
        },
        nowSeconds() - 100,
      ),
      stranger.secretKey,
    ),
  ])

  await page.goto(`/p/${npubEncode(testTroubleshooter.pubkey)}`)
  const record = page.getByRole('region', { name: 'As troubleshooter' })
  const figure = (label: string) =>
    record.getByRole('term').filter({ hasText: label }).locator('..')
  await expect(figure('Verified reviews')).toContainText('3')
  await expect(figure('Positive')).toContainText('67 %')
  await expect(figure('Deals won')).toContainText('3')
  await expect(figure('Resolved · failed')).toContainText('2 · 1')
  await figure('Positive').getByText('How is this computed?').click()
  await expect(figure('Positive')).toContainText('said the problem was solved')

  const verified = page.getByRole('list', { name: 'Verified reviews' })
  await expect(verified.getByRole('listitem')).toHaveCount(3)
  await expect(verified).toContainText('Fixed it in minutes (1).')
  const notCounted = page.getByRole('list', { name: 'Reviews and payments that do not count' })
  await expect(notCounted).toContainText('Scammer!!')
  await expect(notCounted).toContainText('Unverified — does not count')
  await expect(verified).not.toContainText('Scammer!!')

  // the newcomer: no deal, no verified review, no proven payment
  await page.goto(`/p/${npubEncode(otherBitcoiner.pubkey)}`)
  await expect(page.getByRole('note', { name: 'Newcomer' })).toContainText(
    'A newcomer is not a scammer',
  )
})

test('"Your network" counts the people I follow who follow, reviewed and reported this person', async ({
  page,
  seed,
  nip07,
}) => {
  await seed.profile(testTroubleshooter)
  await seedTrackRecord(seed, testTroubleshooter, [true, true])
  const at = nowSeconds() - 300
  const [first, second] = [client(0), client(1)]
  await seed.publish([
    // I follow the two Bitcoiners of the past deals
    sign(
      {
        kind: 3,
        created_at: at,
        tags: [
          ['p', first.pubkey],
          ['p', second.pubkey],
        ],
        content: '',
      },
      extensionBitcoiner.secretKey,
    ),
    // the first follows the troubleshooter; the second reported them
    sign(
      { kind: 3, created_at: at, tags: [['p', testTroubleshooter.pubkey]], content: '' },
      first.secretKey,
    ),
    sign(
      {
        kind: 1984,
        created_at: at,
        tags: [['p', testTroubleshooter.pubkey, 'spam']],
        content: 'Sent me unsolicited DMs.',
      },
      second.secretKey,
    ),
  ])
  await signInWithExtension(page, nip07.name)
  await page.goto(`/p/${npubEncode(testTroubleshooter.pubkey)}`)
  const network = page.getByRole('region', { name: 'Your network' })
  await expect(network).toContainText('In your network')
  const figure = (label: string) =>
    network.getByRole('term').filter({ hasText: label }).locator('..')
  await expect(figure('Followed by')).toContainText('1')
  await expect(figure('Reviewed by')).toContainText('2')
  await expect(figure('Reported by')).toContainText('1')
  await expect(figure('Muted by')).toContainText('0')
})
