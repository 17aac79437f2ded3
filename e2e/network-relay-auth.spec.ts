import { Kind } from '../src/nostr/kinds'
import { expect, test } from './support/fixtures'
import { testTroubleshooter } from './support/identities'
import { signInWithExtension } from './support/people'
import { readAs } from './support/relay-reader'

/**
 * A DM relay that serves private messages only to a reader who signed in to it (NIP-42): its row
 * on the Relays page says "Needs sign-in" while the app has not, and the messages arrive once the
 * person's signer answers the relay's challenge.
 */

test.use({ relayOptions: { requireAuthFor: [Kind.GiftWrap, Kind.LegacyDirectMessage] } })

const TEXT = 'Your Coldcard needs the firmware update first.'

test('a relay waiting for NIP-42 sign-in says "Needs sign-in"; once signed in, messages arrive', async ({
  page,
  relay,
  seed,
  nip07,
}) => {
  await seed.profile(testTroubleshooter)
  const wrap = await seed.message({ from: testTroubleshooter, to: nip07.identity, text: TEXT })
  // The relay really holds the message back: only its recipient, signed in, may read it.
  const mine = { kinds: [Kind.GiftWrap], '#p': [nip07.pubkey] }
  const anonymous = await readAs(relay.url, mine)
  expect(anonymous.events).toEqual([])
  expect(anonymous.closed).toMatch(/^auth-required:/)
  const signedIn = await readAs(relay.url, mine, nip07.identity.secretKey)
  expect(signedIn.events.map((event) => event.id)).toEqual([wrap.id])

  // The person has not yet approved the extension's prompt to sign the relay's challenge.
  const approve = nip07.holdSigning(Kind.ClientAuth)
  await signInWithExtension(page, nip07.name)
  await page.goto('/messages')
  await page.getByRole('link', { name: 'Relays' }).first().click()
  const row = page.getByRole('listitem').filter({ hasText: relay.url })
  await expect(row).toContainText('Needs sign-in')

  approve()
  await expect(row).not.toContainText('Needs sign-in')
  await page.getByRole('link', { name: 'Messages' }).first().click()
  await expect(page.getByRole('list', { name: 'Conversations' })).toContainText(TEXT)
})
