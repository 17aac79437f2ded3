import type { Locator, Page } from '@playwright/test'
import { npubEncode } from 'nostr-tools/nip19'
import { makeTroubleshooterReview } from '../src/nostr/review'
import { sign } from '../scripts/relay-io'
import { ticketUrl } from './support/app-pages'
import { seedAcceptedDeal } from './support/billing-deal'
import { expect, test } from './support/fixtures'
import { otherBitcoiner, testTroubleshooter } from './support/identities'
import { openAs, signInWithExtension } from './support/people'
import { addressOf } from './support/seed'

/**
 * Reviews after a deal, two people in two browsers on a real relay: the Bitcoiner closes the
 * ticket and is asked at once to review the troubleshooter, the troubleshooter is asked when they
 * open the closed ticket, each sees the other's review verified (live), and a review published by
 * a stranger's key is listed apart as unverified and does not move anyone's score.
 */

const TITLE = 'Trezor passphrase wallet shows zero balance'
const T_NAME = testTroubleshooter.profile.name
const reviews = (page: Page) => page.getByRole('region', { name: 'Reviews of this deal' })
const card = (page: Page, title: string) => reviews(page).getByRole('article', { name: title })
const answer = (scope: Locator, question: string, choice: string) =>
  scope.getByRole('group', { name: question }).getByLabel(choice).check()

test('both parties review each other after closing; a stranger’s review is shown apart and not counted', async ({
  page,
  browser,
  baseURL,
  relay,
  seed,
  nip07,
}) => {
  test.setTimeout(120_000)
  const B_NAME = nip07.name
  await seed.profile(testTroubleshooter)
  const deal = await seedAcceptedDeal(seed, {
    bitcoiner: nip07.identity,
    troubleshooter: testTroubleshooter,
    pricing: { kind: 'fixed', sats: 12000 },
    title: TITLE,
  })

  // the Bitcoiner closes the ticket and is asked right away, the question focused
  await signInWithExtension(page, B_NAME)
  await page.goto(ticketUrl(deal.ticket))
  await expect(reviews(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Close as resolved' }).click()
  await page
    .getByRole('alertdialog', { name: 'Close this ticket as resolved?' })
    .getByRole('button', { name: 'Close as resolved' })
    .click()
  const question = reviews(page).getByRole('heading', { name: `How did it go with ${T_NAME}?` })
  await expect(question).toBeFocused()
  const form = reviews(page).getByRole('form', { name: `Review ${T_NAME}` })
  // nothing is published until every question is answered
  await form.getByRole('button', { name: 'Publish review' }).click()
  await expect(form.getByRole('alert')).toContainText('Answer every question first.')
  await answer(form, `Did ${T_NAME} solve your problem?`, 'Yes')
  await answer(form, 'Did they know their stuff?', 'Yes')
  await answer(form, 'Were they clear and quick to answer?', 'No')
  await form.getByLabel('In your own words').fill('Found the passphrase typo in ten minutes.')
  await form.getByRole('button', { name: 'Publish review' }).click()
  const mine = card(page, `Your review of ${T_NAME}`)
  await expect(mine).toContainText('✓ Verified')
  await expect(mine).toContainText('Found the passphrase typo in ten minutes.')
  await expect(form).toBeHidden()

  // the troubleshooter opens the closed ticket of their won offer and is asked too
  const fixer = await openAs(
    browser,
    { relayUrl: relay.url, baseURL: baseURL ?? '', seed },
    testTroubleshooter,
  )
  await fixer.page.goto(ticketUrl(deal.ticket))
  const theirForm = reviews(fixer.page).getByRole('form', { name: `Review ${B_NAME}` })
  await expect(card(fixer.page, `${B_NAME}’s review of you`)).toContainText('✓ Verified')
  await answer(theirForm, `Would you help ${B_NAME} again?`, 'Yes')
  await answer(theirForm, 'Were they clear and quick to answer?', 'Yes')
  await theirForm.getByLabel('In your own words').fill('Clear about the setup.')
  await theirForm.getByRole('button', { name: 'Publish review' }).click()
  await expect(card(fixer.page, `Your review of ${B_NAME}`)).toContainText('✓ Verified')

  // the Bitcoiner sees it arrive, verified, and both standings
  const theirs = card(page, `${T_NAME}’s review of you`)
  await expect(theirs).toContainText('✓ Verified')
  await expect(theirs).toContainText('Clear about the setup.')
  const standing = reviews(page).getByRole('list', { name: 'Reputation' })
  await expect(standing).toContainText(
    `${T_NAME} as troubleshooter: 100 % positive, 1 verified review`,
  )
  await expect(standing).toContainText(`${B_NAME} as Bitcoiner: 100 % positive, 1 verified review`)

  // a stranger's review of the same offer, published by a script: apart, never counted
  const stranger = sign(
    makeTroubleshooterReview(
      {
        offer: addressOf(deal.offer),
        troubleshooter: testTroubleshooter.pubkey,
        ratings: { success: false, expertise: false, communication: false },
        text: 'Scammer, avoid!',
      },
      Math.floor(Date.now() / 1000),
    ),
    otherBitcoiner.secretKey,
  )
  await seed.publish([stranger])
  for (const viewer of [page, fixer.page]) {
    const apart = reviews(viewer).getByText('1 review by someone outside this deal — not counted')
    await expect(apart).toBeVisible()
    await apart.click()
    const unverified = card(viewer, 'Review by someone outside this deal')
    await expect(unverified).toContainText('Not counted — unverified: stranger')
    await expect(unverified).toContainText('Scammer, avoid!')
    await expect(reviews(viewer).getByRole('list', { name: 'Reputation' })).toContainText(
      `${T_NAME} as troubleshooter: 100 % positive, 1 verified review`,
    )
  }

  // later, the Bitcoiner edits their review: the newer one replaces it
  await reviews(page).getByRole('button', { name: 'Edit your review' }).click()
  const edit = reviews(page).getByRole('form', { name: `Edit your review of ${T_NAME}` })
  await expect(
    reviews(page).getByRole('heading', { name: `Edit your review of ${T_NAME}` }),
  ).toBeFocused()
  await answer(edit, 'Were they clear and quick to answer?', 'Yes')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit).toBeHidden()
  await expect(mine.getByRole('listitem').filter({ hasText: 'Clear and quick' })).toContainText(
    'yes',
  )
  await expect(
    card(fixer.page, `${B_NAME}’s review of you`)
      .getByRole('listitem')
      .filter({ hasText: 'Clear and quick' }),
  ).toContainText('yes')
  await expect(standing).toContainText(
    `${T_NAME} as troubleshooter: 100 % positive, 1 verified review`,
  )

  // each sees the other's verified review on their profile; the stranger's is listed apart
  await page.goto(`/p/${npubEncode(testTroubleshooter.pubkey)}`)
  const asTroubleshooter = page.getByRole('region', { name: 'As troubleshooter' })
  const figure = (label: string) =>
    asTroubleshooter.getByRole('term').filter({ hasText: label }).locator('..')
  await expect(figure('Verified reviews')).toContainText('1')
  await expect(figure('Positive')).toContainText('100 %')
  const verified = page.getByRole('list', { name: 'Verified reviews' })
  await expect(verified).toContainText('Found the passphrase typo in ten minutes.')
  await expect(verified).not.toContainText('Scammer, avoid!')
  const notCounted = page.getByRole('list', { name: 'Reviews and payments that do not count' })
  await expect(notCounted).toContainText('Scammer, avoid!')
  await expect(notCounted).toContainText('Unverified — does not count')
  await fixer.page.goto(`/p/${npubEncode(nip07.pubkey)}`)
  await expect(fixer.page.getByRole('list', { name: 'Verified reviews' })).toContainText(
    'Clear about the setup.',
  )
  await fixer.context.close()
})

test('“Not now” keeps the question closed; “Review …” opens it again, and a stranger is never asked', async ({
  page,
  browser,
  baseURL,
  relay,
  seed,
  nip07,
}) => {
  const B_NAME = nip07.name
  await seed.profile(testTroubleshooter)
  const deal = await seedAcceptedDeal(seed, {
    bitcoiner: nip07.identity,
    troubleshooter: testTroubleshooter,
    pricing: { kind: 'fixed', sats: 5000 },
    title: TITLE,
  })
  await signInWithExtension(page, B_NAME)
  await page.goto(ticketUrl(deal.ticket))
  await page.getByRole('button', { name: 'Close as failed' }).click()
  await page
    .getByRole('alertdialog', { name: 'Close this ticket as failed?' })
    .getByRole('button', { name: 'Close as failed' })
    .click()
  const form = reviews(page).getByRole('form', { name: `Review ${T_NAME}` })
  await answer(form, `Did ${T_NAME} solve your problem?`, 'No')
  // a failed deal counts every other answer as no
  await expect(
    form.getByRole('group', { name: 'Did they know their stuff?' }).getByLabel('No'),
  ).toBeChecked()
  await expect(
    form.getByRole('group', { name: 'Did they know their stuff?' }).getByLabel('Yes'),
  ).toBeDisabled()
  await form.getByRole('button', { name: 'Not now' }).click()
  await expect(form).toBeHidden()
  await expect(reviews(page)).toContainText(`You have not reviewed ${T_NAME} yet.`)
  await reviews(page)
    .getByRole('button', { name: `Review ${T_NAME}` })
    .click()
  await expect(
    reviews(page).getByRole('heading', { name: `How did it go with ${T_NAME}?` }),
  ).toBeFocused()
  await form.getByRole('button', { name: 'Not now' }).click()
  await expect(form).toBeHidden()
  // a new visit asks again, until they review
  await page.reload()
  await expect(form).toBeVisible()

  // someone outside the deal sees the section, but no question
  const other = await openAs(
    browser,
    { relayUrl: relay.url, baseURL: baseURL ?? '', seed },
    otherBitcoiner,
  )
  await other.page.goto(ticketUrl(deal.ticket))
  await expect(reviews(other.page)).toContainText(`${B_NAME} has not reviewed ${T_NAME} yet.`)
  await expect(reviews(other.page).getByRole('form')).toHaveCount(0)
  await expect(reviews(other.page).getByRole('button')).toHaveCount(0)
  await other.context.close()
})
