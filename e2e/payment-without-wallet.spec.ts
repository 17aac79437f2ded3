import type { BrowserContext } from '@playwright/test'
import { unwrapEvent } from 'nostr-tools/nip59'
import { openWallet } from '../src/wallet/nwc'
import type { WalletConnection } from '../src/wallet/nwc'
import { issueDemoInvoice } from '../scripts/demo-wallet'
import { Kind } from '../src/nostr/kinds'
import { LIGHTNING_NETWORK_KEY } from '../src/storage/lightning-network'
import { testTroubleshooter } from './support/identities'
import { signInWithExtension } from './support/people'
import { threadUrl } from './support/app-pages'
import { seedPaymentRequest } from './support/payment-request'
import { expect, test } from './support/fixtures'
import { serveLightningAddresses } from './support/zaps'

/**
 * Paying a troubleshooter's request with no wallet connected to the app. The person's "other
 * wallet" is the demo wallet (NIP-47 over a fake ledger) driven from the test, as a phone wallet
 * would be: its ledger is the truth of how often money moved, and its preimages are the proofs.
 */

type Fixtures = Parameters<Parameters<typeof test>[2]>[0]

/** The Bitcoiner, signed in with no wallet connected, before a request of `sats` with an invoice. */
const openRequest = async (
  { page, context, seed, nip07 }: Pick<Fixtures, 'page' | 'context' | 'seed' | 'nip07'>,
  sats: number,
) => {
  await context.addInitScript((key) => localStorage.setItem(key, 'bcrt'), LIGHTNING_NETWORK_KEY)
  await seed.profile(testTroubleshooter)
  const ticket = await seed.ticket({
    title: 'Passport shows the wrong balance',
    by: nip07.identity,
  })
  const request = await seedPaymentRequest(seed, {
    from: testTroubleshooter,
    to: nip07.identity,
    ticket,
    sats,
  })
  await signInWithExtension(page, nip07.name)
  await page.goto(threadUrl(testTroubleshooter.pubkey, ticket))
  const card = page.getByRole('region', {
    name: `Payment request: ${sats.toLocaleString('en-US')} sats`,
  })
  return { card, request }
}

/**
 * A browser wallet (window.webln) in every page of `context` that pays through `wallet` in Node;
 * `afterPaying` may lose the answer. Returns the invoices it was asked to pay.
 */
const installWebln = async (
  context: BrowserContext,
  wallet: WalletConnection,
  afterPaying: (preimage: string) => string = (preimage) => preimage,
) => {
  const asked: string[] = []
  await context.exposeFunction('demoWeblnPay', async (invoice: string) => {
    asked.push(invoice)
    return afterPaying((await wallet.payInvoice(invoice)).preimage)
  })
  await context.addInitScript(() => {
    const pay = (window as unknown as { demoWeblnPay: (invoice: string) => Promise<string> })
      .demoWeblnPay
    Object.assign(window, {
      webln: {
        enable: async () => ({ enabled: true }),
        sendPayment: async (invoice: string) => ({ preimage: await pay(invoice) }),
      },
    })
  })
  return asked
}

test('no wallet, no WebLN: the invoice as a QR code and Copy; paid elsewhere, a wrong proof is refused and the right one makes it paid', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const { card, request } = await openRequest({ page, context, seed, nip07 }, 2_100)
  await expect(card.getByRole('link', { name: 'Connect a wallet to pay' })).toBeVisible()
  await expect(card.getByRole('button', { name: /WebLN/ })).toHaveCount(0)
  await expect(
    card.getByRole('img', { name: 'QR code of the invoice for 2,100 sats' }),
  ).toBeVisible()
  await card.getByRole('button', { name: 'Copy invoice' }).click()
  await expect(card.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(request.invoice)
  await expect(card.getByRole('link', { name: 'Open in a wallet app' })).toHaveAttribute(
    'href',
    `lightning:${request.invoice}`,
  )

  // paid from the person's phone wallet, outside the app
  const phone = await openWallet(wallet.uri, { allowNip04: false })
  try {
    const { preimage } = await phone.payInvoice(request.invoice)
    const other = issueDemoInvoice({
      amountMsats: 1_000,
      description: 'coffee',
      payeeSecret: 'e'.repeat(64),
    })
    const otherProof = (await phone.payInvoice(other.invoice)).preimage

    await card.getByRole('button', { name: 'I paid' }).click()
    const proof = card.getByLabel('Proof of payment (preimage)')
    await expect(proof).toBeFocused()
    await proof.fill(otherProof)
    await card.getByRole('button', { name: 'Check the proof' }).click()
    await expect(card.getByRole('alert')).toHaveText(
      'This preimage is not the proof of this invoice: it belongs to another payment, or a character is missing. Nothing was recorded.',
    )
    await expect(card.getByRole('status')).toHaveCount(0)

    await proof.fill(preimage)
    await card.getByRole('button', { name: 'Check the proof' }).click()
    await expect(card.getByRole('status')).toHaveText('Paid')
    await expect(card.getByRole('img', { name: /QR code/ })).toHaveCount(0)
    expect(wallet.payments().filter((paid) => paid.invoice === request.invoice)).toHaveLength(1)

    // the troubleshooter is sent the proof, in the ticket's thread
    await expect
      .poll(async () => {
        const wraps = await seed.query([{ kinds: [1059], '#p': [testTroubleshooter.pubkey] }])
        return wraps
          .map((wrap) => unwrapEvent(wrap, testTroubleshooter.secretKey))
          .filter((rumor) => rumor.tags.some((tag) => tag[0] === 'payreq' && tag[1] === request.id))
          .map((rumor) => rumor.tags.find((tag) => tag[0] === 'preimage')?.[1])
      })
      .toEqual([preimage])

    await page.reload()
    await expect(card.getByRole('status')).toHaveText('Paid')
    await expect(card.getByRole('img', { name: /QR code/ })).toHaveCount(0)
  } finally {
    phone.close()
  }
})

test('a browser wallet (WebLN) pays after the confirmation, once, however often Pay is clicked', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
}) => {
  const phone = await openWallet(wallet.uri, { allowNip04: false })
  try {
    const asked = await installWebln(context, phone)
    const { card, request } = await openRequest({ page, context, seed, nip07 }, 1_500)
    await card.getByRole('button', { name: 'Pay with your browser wallet (WebLN)' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Pay 1,500 sats?' })
    await expect(confirm).toContainText('To: Dave Fixer')
    await expect(confirm).toContainText('WebLN')
    expect(asked).toHaveLength(0)
    await confirm.getByRole('button', { name: 'Pay 1,500 sats' }).dblclick()

    await expect(card.getByRole('status')).toHaveText('Paid')
    expect(asked).toEqual([request.invoice])
    expect(wallet.payments()).toHaveLength(1)
    await page.reload()
    await expect(card.getByRole('status')).toHaveText('Paid')
    await expect(card.getByRole('button', { name: /WebLN/ })).toHaveCount(0)
    expect(wallet.payments()).toHaveLength(1)
  } finally {
    phone.close()
  }
})

test('WebLN errors after paying: no QR and no second try while unknown; the proof from the wallet settles it, once', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
}) => {
  const phone = await openWallet(wallet.uri, { allowNip04: false })
  let lost = ''
  try {
    // the wallet pays, then its answer is lost: WebLN only says "error"
    await installWebln(context, phone, (preimage) => {
      lost = preimage
      throw new Error('Payment failed')
    })
    const { card } = await openRequest({ page, context, seed, nip07 }, 900)
    await card.getByRole('button', { name: 'Pay with your browser wallet (WebLN)' }).click()
    await page
      .getByRole('alertdialog', { name: 'Pay 900 sats?' })
      .getByRole('button', { name: 'Pay 900 sats' })
      .click()

    await expect(card.getByRole('status')).toHaveText('Did your browser wallet pay? Check it')
    await expect(card).toContainText(
      'Check your wallet: if it paid, paste the proof (preimage) below; if it did not, say so.',
    )
    await page.reload()
    await expect(card.getByRole('status')).toHaveText('Did your browser wallet pay? Check it')
    await expect(card.getByRole('button', { name: 'My wallet did not pay' })).toBeVisible()
    await expect(card.getByRole('img', { name: /QR code/ })).toHaveCount(0)
    await expect(card.getByRole('button', { name: /WebLN|invoice/ })).toHaveCount(0)

    await card.getByLabel('Proof of payment (preimage)').fill(lost)
    await card.getByRole('button', { name: 'Check the proof' }).click()
    await expect(card.getByRole('status')).toHaveText('Paid')
    expect(wallet.payments()).toHaveLength(1)
  } finally {
    phone.close()
  }
})

test('a zap with no wallet: the invoice fetched on "Show", kept, so a reload shows the same one; paid elsewhere, proven once', async ({
  page,
  context,
  seed,
  nip07,
  wallet,
  relay,
}) => {
  await context.addInitScript((key) => localStorage.setItem(key, 'bcrt'), LIGHTNING_NETWORK_KEY)
  const zaps = await serveLightningAddresses(context, {
    users: { dave: testTroubleshooter.pubkey },
    relayUrl: relay.url,
  })
  const phone = await openWallet(wallet.uri, { allowNip04: false })
  try {
    const troubleshooter = {
      ...testTroubleshooter,
      profile: { ...testTroubleshooter.profile, lud16: `dave@${zaps.domain}` },
    }
    await seed.profile(troubleshooter)
    const ticket = await seed.ticket({ title: 'Jade will not update', by: nip07.identity })
    const offer = `${Kind.Offer}:${troubleshooter.pubkey}:offer-zap-${process.pid}`
    await seed.message({
      from: troubleshooter,
      to: nip07.identity,
      ticket,
      text: 'Please pay 1,200 sats.',
      tags: [
        ['subject', 'Jade will not update'],
        ['a', offer],
        ['amount', '1200000'],
        ['payreq', `payreq-zap-${process.pid}`],
      ],
    })
    await signInWithExtension(page, nip07.name)
    await page.goto(threadUrl(troubleshooter.pubkey, ticket))
    const card = page.getByRole('region', { name: 'Payment request: 1,200 sats' })
    await expect(card.getByRole('img', { name: /QR code/ })).toHaveCount(0)
    await card.getByRole('button', { name: 'Show the invoice for any wallet' }).click()
    const link = card.getByRole('link', { name: 'Open in a wallet app' })
    const invoice = ((await link.getAttribute('href')) ?? '').replace('lightning:', '')
    expect(invoice).toMatch(/^lnbcrt12u1/)

    // paid from the phone; the page is reloaded before "I paid": the same invoice, no new one
    const { preimage } = await phone.payInvoice(invoice)
    await page.reload()
    await expect(card.getByRole('link', { name: 'Open in a wallet app' })).toHaveAttribute(
      'href',
      `lightning:${invoice}`,
    )
    await expect(card.getByRole('button', { name: 'Show the invoice for any wallet' })).toHaveCount(
      0,
    )
    await card.getByRole('button', { name: 'I paid' }).click()
    await card.getByLabel('Proof of payment (preimage)').fill(preimage)
    await card.getByRole('button', { name: 'Check the proof' }).click()
    await expect(card.getByRole('status')).toHaveText('Paid')
    expect(wallet.payments()).toHaveLength(1)
    // the zap server saw it paid and published its receipt for the offer
    await expect.poll(() => zaps.receipts().length).toBe(1)
  } finally {
    phone.close()
    await zaps.stop()
  }
})
