import { startDemoWallet } from '../scripts/demo-wallet'
import { signInWithExtension } from './support/people'
import { connectWallet, everythingKept, secretOf } from './support/wallet'
import { expect, test } from './support/fixtures'

test('I connect my wallet with its connection string, see its balance, and it stays only on this device, sealed', async ({
  page,
  nip07,
  wallet,
}) => {
  const logged: string[] = []
  page.on('console', (message) => logged.push(message.text()))
  await signInWithExtension(page, nip07.name)
  await connectWallet(page, wallet.uri)

  await expect(page.getByRole('heading', { name: 'Demo wallet' })).toBeVisible()
  await expect(page.getByText('50,000 sats')).toBeVisible()
  await expect(page.getByText('read the balance')).toBeVisible()

  // kept across a reload, sealed: the string is in no storage, no URL, no log
  await page.reload()
  await expect(page.getByText('50,000 sats')).toBeVisible()
  const kept = await everythingKept(page)
  expect(kept).toContain('bt-wallet/connections')
  expect(kept).not.toContain(secretOf(wallet.uri))
  expect(kept).not.toContain(wallet.walletPubkey)
  expect(page.url()).not.toContain(secretOf(wallet.uri))
  expect(logged.join('\n')).not.toContain(secretOf(wallet.uri))

  // disconnecting forgets it, after a confirmation
  await page.getByRole('button', { name: 'Disconnect' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Disconnect' }).click()
  await expect(page.getByLabel('Wallet connection string')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Wallet connection string')).toBeVisible()
  expect(await everythingKept(page)).not.toContain('bt-wallet/connections')
})

test('signing out forgets the wallet and the key that sealed it', async ({
  page,
  nip07,
  wallet,
}) => {
  await signInWithExtension(page, nip07.name)
  await connectWallet(page, wallet.uri)
  await expect(page.getByText('50,000 sats')).toBeVisible()

  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect
    .poll(async () => {
      const kept = await everythingKept(page)
      return kept.includes('bt-wallet/connections') || kept.includes('bt-keys/keys')
    })
    .toBe(false)
})

test('a wrong string gets a plain reason and stays in the field; a NIP-04-only wallet needs a second yes', async ({
  page,
  nip07,
  relay,
}) => {
  await signInWithExtension(page, nip07.name)
  await page.goto('/wallet')
  const field = page.getByLabel('Wallet connection string')
  await field.fill('nostr+walletconnect://not-a-key?relay=wss://r.example')
  await page.getByRole('button', { name: 'Connect wallet' }).click()
  await expect(page.getByRole('alert')).toContainText('names no wallet key')
  await expect(field).toHaveValue('nostr+walletconnect://not-a-key?relay=wss://r.example')

  const old = await startDemoWallet({
    relayUrl: relay.url,
    balanceSats: 1_000,
    encryptions: 'nip04',
  })
  try {
    await field.fill(old.uri)
    await page.getByRole('button', { name: 'Connect wallet' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'older NIP-04' })).toBeVisible()
    await page.getByRole('button', { name: 'Connect with NIP-04 anyway' }).click()
    await expect(page.getByText('NIP-04 (older, weaker)')).toBeVisible()
    await expect(page.getByText('1,000 sats')).toBeVisible()
  } finally {
    await old.stop()
  }
})
