import type { BrowserContext } from '@playwright/test'
import { npubEncode } from 'nostr-tools/nip19'
import { sign } from '../scripts/relay-io'
import { expect, test } from './support/fixtures'
import { extensionBitcoiner, otherBitcoiner, testTroubleshooter } from './support/identities'
import type { TestIdentity } from './support/identities'
import { signInWithExtension } from './support/people'
import type { Seeder } from './support/seed'

const nowSeconds = () => Math.floor(Date.now() / 1000)

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
