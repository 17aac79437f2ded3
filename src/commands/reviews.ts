import type { EventTemplate } from 'nostr-tools'
import { anyRelayUp } from '@/ndk/client'
import { fetchEvents } from '@/ndk/fetch-events'
import type { Address } from '@/nostr/address'
import { formatAddress, sameAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import type { Offer } from '@/nostr/offer'
import { makeBitcoinerReview, makeTroubleshooterReview } from '@/nostr/review'
import type { Ticket } from '@/nostr/ticket'
import { readTicket } from '@/nostr/ticket'
import { usePublishOutbox } from '@/stores/publish-outbox'
import { relaysForFilters } from '@/stores/relay-choice'
import { useReviews } from '@/stores/reviews'
import { flushReviews, ingestReview } from '@/stores/reviews-ingest'
import { newestReviewOn, reviewEventsAbout } from '@/stores/reviews-selectors'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import {
  SIGN_IN_FIRST,
  TRY_AGAIN,
  loadLatest,
  nowSeconds,
  publishAndStore,
  secretsRefusal,
  signedInPubkey,
} from './command-support'

/** A review's text is short: a few sentences about how the deal went. */
export const REVIEW_TEXT_MAX = 2000

/** What a Bitcoiner says about the troubleshooter of their closed ticket. */
export type TroubleshooterReviewInput = {
  ticket: Ticket
  /** The accepted offer (or its address). */
  offer: Offer | Address
  success: boolean
  expertise: boolean
  communication: boolean
  text: string
}

/** What a troubleshooter says about the Bitcoiner whose closed ticket they worked on. */
export type BitcoinerReviewInput = {
  ticket: Ticket
  thumb: boolean
  communication: boolean
  text: string
}

const LOOKUP_TIMEOUT_MS = 5000

/** The newest version of the ticket (relays, this device, the outbox), read; or why not. */
const loadDeal = async (
  ticket: Ticket,
): Promise<{ ok: true; ticket: Ticket } | { ok: false; reason: string }> => {
  const event = await loadLatest(Kind.Ticket, ticket.pubkey, ticket.d)
  if (!event) return { ok: false, reason: `The ticket was not found: ${TRY_AGAIN}` }
  const read = readTicket(event)
  if (!read.ok) return { ok: false, reason: `The ticket is unreadable: ${read.reason}.` }
  const latest = read.value.createdAt >= ticket.createdAt ? read.value : ticket
  if (latest.status !== 'resolved' && latest.status !== 'failed')
    return {
      ok: false,
      reason: 'A deal is reviewed once its ticket is closed as resolved or failed.',
    }
  if (!latest.acceptedOffer)
    return { ok: false, reason: 'This ticket accepted no offer: there is no deal to review.' }
  return { ok: true, ticket: latest }
}

/**
 * When my newest review of this deal was made (relays, this device, the outbox): a new review must
 * be strictly newer, so it is the one that counts everywhere.
 */
const previousReviewAt = async (me: string, person: string, address: string) => {
  const filters = [{ kinds: [Kind.Label], authors: [me], '#a': [address] }]
  const relays = relaysForFilters(filters)
  if (anyRelayUp(relays)) {
    const fetched = await fetchEvents(filters, { relays, timeoutMs: LOOKUP_TIMEOUT_MS })
    for (const event of fetched) ingestReview(event)
    flushReviews()
  }
  const known = reviewEventsAbout(useReviews.getState(), usePublishOutbox.getState().jobs, person)
  return newestReviewOn(known, me, address)?.created_at
}

const publishReview = async (
  me: string,
  person: string,
  reviewed: Address,
  build: (at: number) => EventTemplate,
  label: string,
): Promise<CommandResult> => {
  const before = await previousReviewAt(me, person, formatAddress(reviewed))
  const at = Math.max(nowSeconds(), before === undefined ? 0 : before + 1)
  const result = await publishAndStore(build(at), label)
  // taken by every relay: shown at once (a job still waiting shows from the outbox instead)
  if (result.ok && !result.job) {
    ingestReview(result.event)
    flushReviews()
  }
  return result
}

const checkText = (text: string): string | undefined => {
  if ([...text].length > REVIEW_TEXT_MAX)
    return `A review is at most ${REVIEW_TEXT_MAX.toLocaleString('en-US')} characters.`
  return secretsRefusal({ review: text })
}

/**
 * The Bitcoiner reviews the troubleshooter of their closed ticket (QTS, kind 1986): refused unless
 * the signed-in person wrote the ticket and the offer is the one it accepted. A second review of
 * the same deal is dated after the first, so it replaces it in every figure.
 */
export const reviewTroubleshooter = async (
  input: TroubleshooterReviewInput,
): Promise<CommandResult> => {
  const me = signedInPubkey()
  if (!me) return refuse(SIGN_IN_FIRST)
  const offer = 'address' in input.offer ? input.offer.address : input.offer
  if (me !== input.ticket.pubkey)
    return refuse('Only the Bitcoiner who wrote this ticket can review its troubleshooter.')
  if ('ticket' in input.offer && !sameAddress(input.offer.ticket, input.ticket.address))
    return refuse('This offer answers another ticket.')
  const problem = checkText(input.text)
  if (problem) return refuse(problem)
  const deal = await loadDeal(input.ticket)
  if (!deal.ok) return refuse(deal.reason)
  if (!sameAddress(deal.ticket.acceptedOffer, offer))
    return refuse(
      'Only the troubleshooter whose offer you accepted can be reviewed for this ticket.',
    )
  const { success, expertise, communication, text } = input
  const ratings = { success, expertise, communication }
  return publishReview(
    me,
    offer.pubkey,
    offer,
    (at) => makeTroubleshooterReview({ offer, troubleshooter: offer.pubkey, ratings, text }, at),
    `Your review for “${deal.ticket.title}”`,
  )
}

/**
 * The troubleshooter reviews the Bitcoiner of a closed ticket whose accepted offer is theirs (QTS,
 * kind 1986); refused for anyone else. A newer review of the same deal replaces the older.
 */
export const reviewBitcoiner = async (input: BitcoinerReviewInput): Promise<CommandResult> => {
  const me = signedInPubkey()
  if (!me) return refuse(SIGN_IN_FIRST)
  if (me === input.ticket.pubkey) return refuse('You cannot review yourself.')
  const problem = checkText(input.text)
  if (problem) return refuse(problem)
  const deal = await loadDeal(input.ticket)
  if (!deal.ok) return refuse(deal.reason)
  if (deal.ticket.acceptedOffer?.pubkey !== me)
    return refuse('Only the troubleshooter whose offer was accepted can review this Bitcoiner.')
  const ticket = deal.ticket.address
  const { thumb, communication, text } = input
  return publishReview(
    me,
    ticket.pubkey,
    ticket,
    (at) =>
      makeBitcoinerReview(
        { ticket, bitcoiner: ticket.pubkey, ratings: { thumb, communication }, text },
        at,
      ),
    `Your review for “${deal.ticket.title}”`,
  )
}
