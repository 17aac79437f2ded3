import type { Page } from '@playwright/test'
import { startDemoWallet } from '../scripts/demo-wallet'
import { signInWithExtension } from './support/people'
import { connectWallet } from './support/wallet'
import { expect, test } from './support/fixtures'

/** Every value this origin keeps: local and session storage, and every IndexedDB record. */
const everythingKept = (page: Page) =>
  page.evaluate(async () => {
    const records: string[] = []
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? ''
        records.push(`${key}=${storage.getItem(key)}`)
      }
    }
    const text = (value: unknown): string => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const view =
          value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer)
        return new TextDecoder().decode(view)
      }
      if (typeof value === 'object' && value !== null)
        return Object.values(value).map(text).join(' ')
      return String(value)
    }
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      for (const store of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        records.push(...rows.map((row) => `${name}/${store}: ${text(row)}`))
      }
      db.close()
    }
    return records.join('\n')
  })

const secretOf = (uri: string) =>
  new URL(uri.replace('nostr+walletconnect:', 'http:')).searchParams.get('secret') ?? ''

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
