import bolt11 from 'bolt11'
import { threadUrl } from './support/app-pages'
import { billingPanel, logWorkSessions, loggedMinutes, openedFor } from './support/billing'
import { seedAcceptedDeal } from './support/billing-deal'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'
import { openAs, signInWithExtension } from './support/people'
import { connectWallet } from './support/wallet'

/**
 * A per-minute deal, billed in the ticket's thread: the troubleshooter starts and stops work three
 * times, the Bitcoiner watches the work log arrive live and counts the same minutes, then the
 * troubleshooter asks to be paid for the logged minutes with an invoice from their own wallet.
 */

const TITLE = 'Bitcoin Core node stuck at 98% after the disk filled up'
const RATE = 150
const REGTEST = { bech32: 'bcrt', pubKeyHash: 111, scriptHash: 196, validWitnessVersions: [0, 1] }

test('three work sessions seen live on both sides, then a payment request for the logged minutes with an invoice from the troubleshooter’s wallet', async ({
  page,
  browser,
  baseURL,
  relay,
  seed,
  nip07,
  payeeWallet,
}) => {
  test.setTimeout(120_000)
  const deal = await seedAcceptedDeal(seed, {
    bitcoiner: nip07.identity,
    troubleshooter: testTroubleshooter,
    pricing: { kind: 'per-minute', satsPerMinute: RATE },
    title: TITLE,
  })

  // the troubleshooter, with their own wallet connected, and the Bitcoiner, each in the thread
  const fixer = await openAs(
    browser,
    { relayUrl: relay.url, baseURL: baseURL ?? '', seed },
    testTroubleshooter,
  )
  await connectWallet(fixer.page, payeeWallet.uri)
  await fixer.page.goto(threadUrl(nip07.pubkey, deal.ticket))
  await signInWithExtension(page, nip07.name)
  await page.goto(threadUrl(testTroubleshooter.pubkey, deal.ticket))

  const panel = billingPanel(fixer.page)
  const theirPanel = billingPanel(page)
  await expect(panel).toContainText('0 min · 0 sats')
  await expect(theirPanel).toContainText('0 min · 0 sats')
  // the Bitcoiner sees the log, and cannot log or bill
  await expect(theirPanel.getByRole('button')).toHaveCount(0)

  await logWorkSessions(panel, page, 3)
  await expect(panel.getByRole('status')).toContainText('Work stopped after')

  // the minutes the log holds, from the entries the Bitcoiner received
  const minutes = await loggedMinutes(seed, nip07.identity)
  const sats = (minutes * RATE).toLocaleString('en-US')
  await expect(panel).toContainText(`${minutes} min · ${sats} sats`)
  await expect(theirPanel).toContainText(`${minutes} min · ${sats} sats`)

  // the troubleshooter asks for the logged minutes, with an invoice from their own wallet
  await panel.getByRole('button', { name: 'Request payment' }).click()
  const form = panel.getByRole('form', { name: 'Request payment' })
  await expect(
    form.getByLabel(`Logged time not yet requested: ${minutes} min, ${sats} sats`),
  ).toBeChecked()
  await expect(form).toContainText(`For: ${TITLE} — ${minutes} min`)
  const attach = form.getByLabel('Attach an invoice from my wallet')
  await expect(attach).toBeEnabled()
  await expect(attach).toBeChecked()
  await form.getByRole('button', { name: `Send request for ${sats} sats` }).click()
  await expect(form).toBeHidden()
  await expect(panel.getByRole('status')).toHaveText(`Payment request for ${sats} sats sent.`)
  await expect(panel).toContainText(`Requested so far: ${sats} sats for ${minutes} min`)

  // the Bitcoiner's thread shows the request as a card, for the right amount and purpose
  const card = page.getByRole('region', { name: `Payment request: ${sats} sats` })
  await expect(card).toContainText(`${TITLE} — ${minutes} min`)
  await expect(theirPanel).toContainText(`Requested so far: ${sats} sats for ${minutes} min`)

  // on the wire: the invoice attached was made by the troubleshooter's wallet, for that amount
  const request = openedFor(
    await seed.query([{ kinds: [1059], '#p': [nip07.pubkey] }]),
    nip07.identity,
  ).find((rumor) => rumor.tags.some((tag) => tag[0] === 'payreq'))
  const invoice = bolt11.decode(
    request?.tags.find((tag) => tag[0] === 'bolt11')?.[1] ?? '',
    REGTEST,
  )
  expect(invoice.millisatoshis).toBe(String(minutes * RATE * 1000))
  // (signed by the wallet's key: the compressed node key's x coordinate is its nostr pubkey)
  expect(invoice.payeeNodeKey?.slice(2)).toBe(payeeWallet.walletPubkey)

  // nothing is left to ask for: the next request proposes no logged time
  await panel.getByRole('button', { name: 'Request payment' }).click()
  await expect(form).toContainText('Every logged minute was already requested.')
  // the form is left with Escape, back on the button that opened it
  await fixer.page.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(panel.getByRole('button', { name: 'Request payment' })).toBeFocused()
  await fixer.context.close()
})
