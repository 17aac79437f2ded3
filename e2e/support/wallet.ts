import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Pastes a wallet connection string on /wallet and waits until the page says it is connected. */
export const connectWallet = async (page: Page, uri: string): Promise<void> => {
  await page.goto('/wallet')
  await page.getByLabel('Wallet connection string').fill(uri)
  await page.getByRole('button', { name: 'Connect wallet' }).click()
  await expect(page.getByText('Connected', { exact: true })).toBeVisible()
}

/** Every value this origin keeps: local and session storage, and every IndexedDB record. */
export const everythingKept = (page: Page) =>
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

/** The client secret a connection string carries. */
export const secretOf = (uri: string) =>
  new URL(uri.replace('nostr+walletconnect:', 'http:')).searchParams.get('secret') ?? ''
