import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { offerBy } from './app-pages'

/** The offer form on a ticket page a troubleshooter is looking at. */
export const offerForm = (page: Page) => page.getByRole('form', { name: 'Make an offer' })

/** Fills the new-ticket form on `/new` and posts it. */
export const postTicket = async (page: Page, ticket: { title: string; description: string }) => {
  await page.getByLabel('Title', { exact: true }).fill(ticket.title)
  await page.getByRole('textbox', { name: 'Description' }).fill(ticket.description)
  await page.getByRole('button', { name: 'Post ticket' }).click()
}

/** Sends a fixed-price offer from the open ticket page. */
export const sendOffer = async (page: Page, offer: { sats: number; coverLetter: string }) => {
  await offerForm(page).getByLabel('Fixed price').check()
  await offerForm(page).getByLabel('Price (sats)').fill(String(offer.sats))
  await offerForm(page).getByRole('textbox', { name: 'Cover letter' }).fill(offer.coverLetter)
  await offerForm(page).getByRole('button', { name: 'Send offer' }).click()
}

/** Accepts `name`'s offer on my open ticket page, through the confirmation. */
export const acceptOfferOf = async (page: Page, name: string) => {
  await offerBy(page, name).getByRole('button', { name: 'Accept' }).click()
  const dialog = page.getByRole('alertdialog', { name: `Accept ${name}'s offer?` })
  await dialog.getByRole('button', { name: 'Accept offer' }).click()
  await expect(dialog).toBeHidden()
}
