import type { Page } from '@playwright/test'
import type { NostrEvent } from 'nostr-tools'
import { naddrEncode, npubEncode } from 'nostr-tools/nip19'
import { Kind } from '../../src/nostr/kinds'
import { dOf } from './seed'

const naddrOf = (ticket: NostrEvent) =>
  naddrEncode({ kind: Kind.Ticket, pubkey: ticket.pubkey, identifier: dOf(ticket) })

/** The app path of a ticket's page, `/ticket/<naddr>`. */
export const ticketUrl = (ticket: NostrEvent) => `/ticket/${naddrOf(ticket)}`

/** The app path of my conversation with `counterpart`, about `ticket` when given. */
export const threadUrl = (counterpart: string, ticket?: NostrEvent) => {
  const base = `/messages/${npubEncode(counterpart)}`
  return ticket ? `${base}?ticket=${naddrOf(ticket)}` : base
}

/** The ticket feed on `/`: a WAI-ARIA feed of articles, each titled by a level-2 heading. */
export const feed = (page: Page) => page.getByRole('feed', { name: 'Tickets' })
export const feedTitles = (page: Page) => feed(page).getByRole('heading', { level: 2 })

/** An offer on the open ticket page, found by its troubleshooter's name. */
export const offerBy = (page: Page, name: string) =>
  page.getByRole('article', { name: 'Offer' }).filter({ hasText: name })

/** The messages of the open conversation. */
export const messageList = (page: Page) => page.getByRole('list', { name: 'Messages' })
