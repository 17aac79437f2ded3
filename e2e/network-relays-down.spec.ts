import type { NostrEvent } from 'nostr-tools'
import { Kind } from '../src/nostr/kinds'
import { readTicket } from '../src/nostr/ticket'
import { offerBy, ticketUrl } from './support/app-pages'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'
import { acceptOfferOf, offerForm, postTicket, sendOffer } from './support/marketplace-steps'
import { RECONNECT_TIMEOUT } from './support/network'
import { openAs, secondTroubleshooter, signInWithExtension } from './support/people'
import { expectWaitingToPublish, waitingToPublish } from './support/publish-state'
import { addressOf, dOf } from './support/seed'

/**
 * Every relay is down: what people sign (a new ticket, an offer, an acceptance) waits on their
 * device, marked "Waiting to publish", through a reload, and reaches the relay once it is back.
 * Signed with NIP-07 extensions: a remote signer (NIP-46) cannot sign while its relay is down.
 */

const MINE = 'BitBox02 backup card unreadable'
const THEIRS = 'Phoenix channel force-closed'
const NEW = { title: 'Jade cannot find my multisig', description: 'Sparrow shows a 2-of-3.' }
const titleOf = (ticket: NostrEvent) => ticket.tags.find((tag) => tag[0] === 'title')?.[1]

test('with the relay down, a ticket, an offer and an acceptance wait, survive a reload and go out when it is back', async ({
  browser,
  baseURL,
  context,
  page,
  relay,
  seed,
  nip07,
}) => {
  test.setTimeout(180_000)
  const erin = secondTroubleshooter.profile.name
  await seed.profile(secondTroubleshooter)
  const mine = await seed.ticket({ title: MINE, by: nip07.identity })
  const erinsOffer = await seed.offer({
    ticket: mine,
    by: secondTroubleshooter,
    pricing: { kind: 'fixed', sats: 25_000 },
  })
  const theirs = await seed.ticket({ title: THEIRS })

  // While the relay is up: the Bitcoiner sees Erin's offer on their ticket and opens the form for
  // a new one; Dave, a troubleshooter on another computer, opens Carol's ticket.
  await signInWithExtension(page, nip07.name)
  await page.goto(ticketUrl(mine))
  await expect(offerBy(page, erin)).toBeVisible()
  const poster = await context.newPage()
  await poster.goto('/new')
  const dave = await openAs(
    browser,
    { relayUrl: relay.url, baseURL: baseURL ?? '', seed },
    testTroubleshooter,
  )
  await dave.page.goto(ticketUrl(theirs))
  await expect(offerForm(dave.page)).toBeVisible()

  await relay.stop()

  await postTicket(poster, NEW)
  await expectWaitingToPublish(poster, NEW.title)
  await sendOffer(dave.page, { sats: 40_000, coverLetter: 'I set up Phoenix for friends.' })
  await expectWaitingToPublish(dave.page, '40,000 sats')
  await acceptOfferOf(page, erin)
  await expectWaitingToPublish(page, '25,000 sats')

  // Still waiting after a reload, the relay still down.
  const where = [
    { item: 'the new ticket', tab: poster, what: NEW.title },
    { item: "Dave's offer", tab: dave.page, what: '40,000 sats' },
    { item: "the acceptance of Erin's offer", tab: page, what: '25,000 sats' },
  ]
  for (const { item, tab, what } of where) {
    await test.step(`${item} still waits after a reload`, async () => {
      await tab.reload()
      await expectWaitingToPublish(tab, what)
    })
  }

  // The relay comes back: each goes out by itself, and the relay really has it.
  await relay.restart()
  for (const { item, tab } of where) {
    await test.step(`${item} is published by itself`, () =>
      expect(waitingToPublish(tab)).toHaveCount(0, { timeout: RECONNECT_TIMEOUT }))
  }
  const posted = await seed.query([{ kinds: [Kind.Ticket], authors: [nip07.pubkey] }])
  expect(posted.map(titleOf)).toContain(NEW.title)
  const offers = await seed.query([
    { kinds: [Kind.Offer], authors: [testTroubleshooter.pubkey], '#a': [addressOf(theirs)] },
  ])
  expect(offers).toHaveLength(1)
  const accepted = await seed.newest(Kind.Ticket, nip07.pubkey, dOf(mine))
  const read = accepted ? readTicket(accepted) : undefined
  expect(read?.ok && read.value).toMatchObject({
    status: 'in-progress',
    acceptedOffer: { kind: Kind.Offer, pubkey: secondTroubleshooter.pubkey, d: dOf(erinsOffer) },
  })
  await dave.context.close()
})
