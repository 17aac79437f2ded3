import { LIGHTNING_NETWORK_KEY } from '../src/storage/lightning-network'
import { signInWithExtension } from './support/people'
import { threadUrl } from './support/app-pages'
import { seedPaymentRequest } from './support/payment-request'
import { connectWallet, everythingKept, secretOf } from './support/wallet'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'

/**
 * A troubleshooter (played by nostr-tools) sends a payment request with an invoice in the ticket's
 * thread; the Bitcoiner pays it from the demo wallet after a confirmation — once, whatever is
 * clicked or reloaded.
 */

test('a payment request in the thread is paid once, after a confirmation that says amount, payee and purpose; the wallet string stays secret', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
}) => {
  // the demo wallet pays regtest invoices
  await context.addInitScript((key) => localStorage.setItem(key, 'bcrt'), LIGHTNING_NETWORK_KEY)
  await seed.profile(testTroubleshooter)
  const ticket = await seed.ticket({ title: 'Coldcard will not sign', by: nip07.identity })
  await seedPaymentRequest(seed, {
    from: testTroubleshooter,
    to: nip07.identity,
    ticket,
    sats: 2_100,
    minutes: 42,
  })

  const logged: string[] = []
  page.on('console', (message) => logged.push(message.text()))
  await signInWithExtension(page, nip07.name)
  await connectWallet(page, wallet.uri)
  await expect(page.getByText('50,000 sats')).toBeVisible()

  await page.goto(threadUrl(testTroubleshooter.pubkey, ticket))
  const card = page.getByRole('region', { name: 'Payment request: 2,100 sats' })
  await expect(card).toContainText('Coldcard will not sign — 42 min')
  await card.getByRole('button', { name: 'Pay' }).click()

  const confirm = page.getByRole('alertdialog', { name: 'Pay 2,100 sats?' })
  await expect(confirm).toContainText('To: Dave Fixer')
  await expect(confirm).toContainText('For: Coldcard will not sign — 42 min')
  await expect(confirm).toContainText('Nostr Wallet Connect')
  expect(wallet.payments()).toHaveLength(0)
  await confirm.getByRole('button', { name: 'Pay 2,100 sats' }).dblclick()

  await expect(card.getByRole('status')).toHaveText('Paid')
  await expect(card.getByRole('button', { name: 'Pay' })).toHaveCount(0)
  expect(wallet.payments()).toHaveLength(1)
  expect(wallet.balanceMsats()).toBe((50_000 - 2_100) * 1000)

  await page.reload()
  await expect(card.getByRole('status')).toHaveText('Paid')
  expect(wallet.payments()).toHaveLength(1)

  // after the payment, the wallet's secret is in no storage, no event on the relay, no URL, no log
  const secret = secretOf(wallet.uri)
  expect(await everythingKept(page)).toContain('bt-payments/intents')
  expect(await everythingKept(page)).not.toContain(secret)
  const published = await seed.query([{ limit: 10_000 }])
  expect(published.length).toBeGreaterThan(0)
  expect(JSON.stringify(published)).not.toContain(secret)
  expect(page.url()).not.toContain(secret)
  expect(logged.join('\n')).not.toContain(secret)
})
