import type { NostrEvent } from 'nostr-tools'
import { wrapEvent } from 'nostr-tools/nip59'
import { naddrEncode, npubEncode } from 'nostr-tools/nip19'
import { bytesToHex } from 'nostr-tools/utils'
import { issueDemoInvoice } from '../scripts/demo-wallet'
import { Kind } from '../src/nostr/kinds'
import { LIGHTNING_NETWORK_KEY } from '../src/storage/lightning-network'
import { signInWithExtension } from './support/people'
import { connectWallet } from './support/wallet'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'

/**
 * A troubleshooter (played by nostr-tools) sends a payment request with an invoice in the ticket's
 * thread; the Bitcoiner pays it from the demo wallet after a confirmation — once, whatever is
 * clicked or reloaded.
 */

const dOf = (event: NostrEvent) => event.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''

test('a payment request in the thread is paid once, after a confirmation that says amount, payee and purpose', async ({
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
  const { invoice } = issueDemoInvoice({
    amountMsats: 2_100_000,
    description: 'Coldcard will not sign — 42 min',
    payeeSecret: bytesToHex(testTroubleshooter.secretKey),
  })
  const request = wrapEvent(
    {
      kind: Kind.ChatMessage,
      created_at: Math.floor(Date.now() / 1000) - 60,
      content: 'Here is my invoice for the session: 2,100 sats.',
      tags: [
        ['p', nip07.pubkey],
        ['a', `${Kind.Ticket}:${ticket.pubkey}:${dOf(ticket)}`],
        ['subject', 'Coldcard will not sign'],
        ['a', `${Kind.Offer}:${testTroubleshooter.pubkey}:offer-1`],
        ['amount', '2100000'],
        ['bolt11', invoice],
        ['minutes', '42'],
        ['payreq', 'payreq-e2e-1'],
      ],
    },
    testTroubleshooter.secretKey,
    nip07.pubkey,
  )
  await seed.publish([request])

  await signInWithExtension(page, nip07.name)
  await connectWallet(page, wallet.uri)
  await expect(page.getByText('50,000 sats')).toBeVisible()

  const thread = `/messages/${npubEncode(testTroubleshooter.pubkey)}?ticket=${naddrEncode({
    kind: Kind.Ticket,
    pubkey: ticket.pubkey,
    identifier: dOf(ticket),
  })}`
  await page.goto(thread)
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
})
