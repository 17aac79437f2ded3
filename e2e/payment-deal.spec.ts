import type { BrowserContext, Page } from '@playwright/test'
import { LIGHTNING_NETWORK_KEY } from '../src/storage/lightning-network'
import { threadUrl } from './support/app-pages'
import { billingPanel, logWorkSessions, loggedMinutes } from './support/billing'
import { seedAcceptedDeal } from './support/billing-deal'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'
import { openAs, signInWithExtension } from './support/people'
import { addressOf } from './support/seed'
import { connectWallet } from './support/wallet'
import { serveLightningAddresses } from './support/zaps'

/**
 * Whole deals, two people in two browsers, a real relay, the demo wallet's ledger as the truth of
 * what moved, and a real LNURL/zap server behind the troubleshooter's lightning address.
 */

const RATE = 150

/** Both people's apps on the demo wallet's network (regtest), from their next page load. */
const onRegtest = (...contexts: BrowserContext[]) =>
  Promise.all(
    contexts.map((context) =>
      context.addInitScript((key) => localStorage.setItem(key, 'bcrt'), LIGHTNING_NETWORK_KEY),
    ),
  )

/** The Bitcoiner pays the thread's request of `amount` after the confirmation says `how`. */
const pay = async (page: Page, amount: string, how: RegExp) => {
  const card = page.getByRole('region', { name: `Payment request: ${amount}` })
  await card.getByRole('button', { name: 'Pay' }).click()
  const confirm = page.getByRole('alertdialog', { name: `Pay ${amount}?` })
  await expect(confirm).toContainText(how)
  await confirm.getByRole('button', { name: `Pay ${amount}` }).click()
  await expect(card.getByRole('status')).toHaveText('Paid')
}

/** The troubleshooter's side: the request proven paid, and the payments page counting it. */
const expectReceived = async (page: Page, amount: string) => {
  const card = page.getByRole('region', { name: `Payment request: ${amount}` })
  await expect(card.getByRole('status')).toHaveText('Paid — proof of payment checked')
  await page.goto('/payments')
  const received = page.getByRole('definition').filter({ hasText: 'proof checked' })
  await expect(received).toContainText(amount)
  await expect(received).toContainText('1 payment, proof checked')
}

test('a per-minute deal: three work sessions, a request for the logged minutes, paid once by zap through NWC, proven on both sides', async ({
  page,
  context,
  browser,
  baseURL,
  relay,
  seed,
  nip07,
  wallet,
}) => {
  test.setTimeout(120_000)
  const zaps = await serveLightningAddresses(context, {
    users: { dave: testTroubleshooter.pubkey },
    relayUrl: relay.url,
  })
  const troubleshooter = {
    ...testTroubleshooter,
    profile: { ...testTroubleshooter.profile, lud16: `dave@${zaps.domain}` },
  }
  const deal = await seedAcceptedDeal(seed, {
    bitcoiner: nip07.identity,
    troubleshooter,
    pricing: { kind: 'per-minute', satsPerMinute: RATE },
    title: 'Sparrow cannot see my Coldcard',
  })
  const fixer = await openAs(
    browser,
    { relayUrl: relay.url, baseURL: baseURL ?? '', seed },
    troubleshooter,
  )
  await onRegtest(context, fixer.context)
  await fixer.page.goto(threadUrl(nip07.pubkey, deal.ticket))
  await signInWithExtension(page, nip07.name)
  await connectWallet(page, wallet.uri)
  await page.goto(threadUrl(troubleshooter.pubkey, deal.ticket))

  // three sessions, then a request for the logged minutes, without an invoice: they have no wallet
  const panel = billingPanel(fixer.page)
  await logWorkSessions(panel, page, 3)
  const minutes = await loggedMinutes(seed, nip07.identity)
  const amount = `${(minutes * RATE).toLocaleString('en-US')} sats`
  await panel.getByRole('button', { name: 'Request payment' }).click()
  const form = panel.getByRole('form', { name: 'Request payment' })
  await expect(form.getByLabel('Attach an invoice from my wallet')).toBeDisabled()
  await form.getByRole('button', { name: `Send request for ${amount}` }).click()

  await pay(page, amount, /public zap/)
  expect(wallet.payments()).toHaveLength(1)
  expect(wallet.payments()[0]?.amountMsats).toBe(minutes * RATE * 1000)
  // the zap server saw it paid and published its receipt for the offer
  await expect.poll(() => zaps.receipts().length).toBe(1)
  const onRelay = await seed.query([{ kinds: [9735], '#a': [addressOf(deal.offer)] }])
  expect(onRelay.map((receipt) => receipt.id)).toEqual([zaps.receipts()[0]?.id])

  await expectReceived(fixer.page, amount)
  await page.reload()
  await expect(
    page.getByRole('region', { name: `Payment request: ${amount}` }).getByRole('status'),
  ).toHaveText('Paid')
  expect(wallet.payments()).toHaveLength(1)
  await fixer.context.close()
  await zaps.stop()
})

test('a fixed-price deal paid with the invoice the troubleshooter attached, proven on both sides', async ({
  page,
  context,
  browser,
  baseURL,
  relay,
  seed,
  nip07,
  wallet,
  payeeWallet,
}) => {
  test.setTimeout(90_000)
  const deal = await seedAcceptedDeal(seed, {
    bitcoiner: nip07.identity,
    troubleshooter: testTroubleshooter,
    pricing: { kind: 'fixed', sats: 21_000 },
    title: 'Passphrase wallet shows zero',
  })
  const fixer = await openAs(
    browser,
    { relayUrl: relay.url, baseURL: baseURL ?? '', seed },
    testTroubleshooter,
  )
  await onRegtest(context, fixer.context)
  await connectWallet(fixer.page, payeeWallet.uri)
  await fixer.page.goto(threadUrl(nip07.pubkey, deal.ticket))
  await signInWithExtension(page, nip07.name)
  await connectWallet(page, wallet.uri)
  await page.goto(threadUrl(testTroubleshooter.pubkey, deal.ticket))

  const panel = billingPanel(fixer.page)
  await panel.getByRole('button', { name: 'Request payment' }).click()
  const form = panel.getByRole('form', { name: 'Request payment' })
  await expect(form.getByLabel('The fixed price: 21,000 sats')).toBeChecked()
  await expect(form.getByLabel('Attach an invoice from my wallet')).toBeChecked()
  await form.getByRole('button', { name: 'Send request for 21,000 sats' }).click()

  await pay(page, '21,000 sats', /the invoice they attached/)
  expect(wallet.payments()).toHaveLength(1)
  expect(wallet.balanceMsats()).toBe((50_000 - 21_000) * 1000)
  await expectReceived(fixer.page, '21,000 sats')
  await fixer.context.close()
})
