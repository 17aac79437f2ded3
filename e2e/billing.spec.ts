import bolt11 from 'bolt11'
import type { NostrEvent } from 'nostr-tools'
import { unwrapEvent } from 'nostr-tools/nip59'
import { threadUrl } from './support/app-pages'
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

/** The rumors the relay holds for `secretKey`'s owner, opened with their key. */
const openedFor = (wraps: NostrEvent[], secretKey: Uint8Array) =>
  wraps.flatMap((wrap) => {
    try {
      return [unwrapEvent(wrap, secretKey)]
    } catch {
      return []
    }
  })

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

  const panel = fixer.page.getByRole('region', { name: 'Work and billing' })
  const theirPanel = page.getByRole('region', { name: 'Work and billing' })
  await expect(panel).toContainText('0 min · 0 sats')
  await expect(theirPanel).toContainText('0 min · 0 sats')
  // the Bitcoiner sees the log, and cannot log or bill
  await expect(theirPanel.getByRole('button')).toHaveCount(0)

  const lines = (text: string) => page.getByRole('listitem').filter({ hasText: text })
  for (let session = 1; session <= 3; session++) {
    await panel.getByRole('button', { name: 'Start work' }).click()
    await expect(panel.getByRole('timer', { name: 'This session' })).toBeVisible()
    await expect(lines('Work started')).toHaveCount(session)
    await expect(theirPanel.getByRole('timer', { name: 'This session' })).toBeVisible()
    await panel.getByRole('button', { name: 'Stop work' }).click()
    await expect(lines('Work stopped')).toHaveCount(session)
    await expect(theirPanel.getByRole('timer')).toHaveCount(0)
  }
  await expect(panel.getByRole('status')).toContainText('Work stopped after')

  // the minutes the log holds, from the entries the Bitcoiner received: the seconds of the three
  // sessions added up, a started minute billed (rounded up once)
  const wraps = await seed.query([{ kinds: [1059], '#p': [nip07.pubkey] }])
  const entries = openedFor(wraps, nip07.identity.secretKey)
    .flatMap((rumor) => rumor.tags.filter((tag) => tag[0] === 'worklog'))
    .map((tag) => ({ action: tag[1], at: Number(tag[2]) }))
    .sort((a, b) => a.at - b.at || (a.action === 'stop' ? -1 : 1))
  expect(entries.map((entry) => entry.action)).toEqual([
    'start',
    'stop',
    'start',
    'stop',
    'start',
    'stop',
  ])
  let seconds = 0
  for (let i = 0; i < entries.length; i += 2)
    seconds += (entries[i + 1]?.at ?? 0) - (entries[i]?.at ?? 0)
  const minutes = Math.ceil(seconds / 60)
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
    nip07.identity.secretKey,
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
