import type { Page } from '@playwright/test'
import { LIGHTNING_NETWORK_KEY } from '../src/storage/lightning-network'
import { startForgingRelay } from './support/forged-wallet-reply'
import { testTroubleshooter } from './support/identities'
import { signInWithExtension } from './support/people'
import { threadUrl } from './support/app-pages'
import { seedPaymentRequest } from './support/payment-request'
import { recordStatuses } from './support/status-log'
import { connectWallet } from './support/wallet'
import { expect, test } from './support/fixtures'

/**
 * What goes wrong with payments, against the real demo wallet (NIP-47 over a fake ledger): the
 * ledger is the truth of how often money moved.
 */

type Fixtures = Parameters<Parameters<typeof test>[2]>[0]

const CARD = 'section[aria-label^="Payment request"]'

/** The Bitcoiner, signed in with a connected wallet, before a troubleshooter's request of `sats`. */
const openRequest = async (
  {
    page,
    context,
    seed,
    nip07,
    wallet,
  }: Pick<Fixtures, 'page' | 'context' | 'seed' | 'nip07' | 'wallet'>,
  sats: number,
) => {
  await context.addInitScript((key) => localStorage.setItem(key, 'bcrt'), LIGHTNING_NETWORK_KEY)
  await seed.profile(testTroubleshooter)
  const ticket = await seed.ticket({ title: 'Trezor shows an empty wallet', by: nip07.identity })
  await seedPaymentRequest(seed, { from: testTroubleshooter, to: nip07.identity, ticket, sats })
  await signInWithExtension(page, nip07.name)
  await connectWallet(page, wallet.uri)
  await page.goto(threadUrl(testTroubleshooter.pubkey, ticket))
  return page.getByRole('region', { name: `Payment request: ${sats.toLocaleString('en-US')} sats` })
}

const confirmPayment = async (page: Page, amount: string) =>
  page
    .getByRole('alertdialog', { name: `Pay ${amount}?` })
    .getByRole('button', { name: `Pay ${amount}` })
    .click()

test('not enough in the wallet: a plain reason, nothing paid; after a top-up, "Try again" pays once', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
}) => {
  const fixtures = { page, context, seed, nip07, wallet }
  const card = await openRequest(fixtures, 60_000)
  await card.getByRole('button', { name: 'Pay' }).click()
  await confirmPayment(page, '60,000 sats')
  await expect(card.getByRole('status')).toContainText('Not paid')
  await expect(card.getByRole('status')).toContainText(
    'Your wallet does not have enough sats for this.',
  )
  expect(wallet.payments()).toHaveLength(0)

  wallet.topUp(20_000)
  await card.getByRole('button', { name: 'Try again' }).click()
  await confirmPayment(page, '60,000 sats')
  await expect(card.getByRole('status')).toHaveText('Paid')
  expect(wallet.payments()).toHaveLength(1)
  expect(wallet.balanceMsats()).toBe(10_000 * 1000)
})

test('the wallet does not answer in time: "checking with your wallet", then paid by lookup — one payment', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
}) => {
  const fixtures = { page, context, seed, nip07, wallet }
  await page.clock.install()
  const card = await openRequest(fixtures, 3_000)
  const statuses = await recordStatuses(page, CARD)
  wallet.answerPaymentsAfter(Infinity)
  await card.getByRole('button', { name: 'Pay' }).click()
  await confirmPayment(page, '3,000 sats')
  await expect(card.getByRole('status')).toHaveText('Sent to your wallet…')
  await expect.poll(() => wallet.payments().length).toBe(1)

  // the app waits 90 s for an answer before it asks the wallet instead
  await page.clock.fastForward('01:31')
  await expect(card.getByRole('status')).toHaveText('Paid')
  expect(await statuses()).toEqual(['Sent to your wallet…', 'Checking with your wallet…', 'Paid'])
  expect(wallet.payments()).toHaveLength(1)
})

test('a reload while the wallet has not answered: the payment is looked up, never made again', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
}) => {
  const fixtures = { page, context, seed, nip07, wallet }
  const card = await openRequest(fixtures, 4_000)
  wallet.answerPaymentsAfter(Infinity)
  await card.getByRole('button', { name: 'Pay' }).click()
  await confirmPayment(page, '4,000 sats')
  await expect(card.getByRole('status')).toHaveText('Sent to your wallet…')
  await expect.poll(() => wallet.payments().length).toBe(1)

  await page.reload()
  await expect(card.getByRole('status')).toHaveText('Paid')
  await expect(card.getByRole('button', { name: /Pay|Try again/ })).toHaveCount(0)
  expect(wallet.payments()).toHaveLength(1)
})

test('a wallet reply signed by another key is ignored: never "not paid", and paid once', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
  relay,
}) => {
  // the app reaches its wallet through a relay that forges the wallet's replies
  const forging = await startForgingRelay(relay.url, wallet.uri)
  const card = await openRequest(
    { page, context, seed, nip07, wallet: { ...wallet, uri: forging.uri } },
    5_000,
  )
  const statuses = await recordStatuses(page, CARD)
  wallet.answerPaymentsAfter(Infinity)
  await card.getByRole('button', { name: 'Pay' }).click()
  await confirmPayment(page, '5,000 sats')
  await expect.poll(() => forging.forged.length).toBe(1)
  await expect.poll(() => wallet.payments().length).toBe(1)
  await expect(card.getByRole('status')).toHaveText('Sent to your wallet…')
  expect(await statuses()).toEqual(['Sent to your wallet…'])

  // a failed payment would stay failed; this one is looked up, and was paid once
  await page.reload()
  await expect(card.getByRole('status')).toHaveText('Paid')
  expect(wallet.payments()).toHaveLength(1)
  await forging.stop()
})
