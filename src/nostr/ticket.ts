import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { readAddressTag } from './address'
import { readBasics, readD, readPublishedAt, readPubkeyTags } from './event-shape'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { capText, capTitle, READ_LIMITS, readableTags } from './read-limits'
import type { Tag } from './tags'
import { isHex64, readWholeNumber, setTag, setTags, tagValue, tagsNamed } from './tags'
import type { TicketStateChange, TicketStatus } from './ticket-status'
import { ticketStatusFromWire, ticketStatusToWire } from './ticket-status'
import { canonicalTopic, isTopicSlug, slugifyTopic } from './topics'

export type { TicketStatus } from './ticket-status'

export const TITLE_MAX = 140
export const TOPICS_MAX = 5

/** A Bitcoiner's problem (kind 32767; SatShoot calls it a Job). */
export type Ticket = {
  id: string
  pubkey: string
  d: string
  address: Address
  title: string
  /** Markdown; render it as text, never as raw HTML. At most `READ_LIMITS.description`. */
  description: string
  /** Characters of the description beyond the read limit, not kept. */
  descriptionCut?: number
  topics: string[]
  status: TicketStatus
  stateHistory: TicketStateChange[]
  publishedAt: number
  createdAt: number
  /** The offer named by the `a` tag, once one was accepted. */
  acceptedOffer?: Address
  /** The winner (from the accepted offer) or, before that, the troubleshooter asked directly. */
  troubleshooter?: string
  /** The most the Bitcoiner expects to pay, in sats. */
  budget?: number
  /** Oddities that did not make the ticket unreadable, in plain words. */
  warnings: string[]
}

/** What a Bitcoiner fills in for a new ticket. `d` is a random id from the caller (16+ hex). */
export type TicketInput = {
  d: string
  title: string
  description: string
  topics: readonly string[]
  budget?: number
  /** A direct request to one troubleshooter (their pubkey). */
  troubleshooter?: string
}

const alt = (title: string) => ['alt', `Bitcoin Troubleshoot ticket: ${title}`]

/** Topic slugs as they go on the wire: slugified, deduplicated, at most five. */
export const cleanTopics = (topics: readonly string[]): string[] =>
  [...new Set(topics.map(slugifyTopic).filter((slug) => slug !== ''))].slice(0, TOPICS_MAX)

const checkTitle = (title: string): string => {
  const trimmed = title.trim()
  if (trimmed === '') throw new Error('a ticket needs a title')
  if ([...trimmed].length > TITLE_MAX)
    throw new Error(`a ticket title is at most ${TITLE_MAX} characters`)
  return trimmed
}

const checkBudget = (budget: number | undefined) => {
  if (budget !== undefined && !(Number.isSafeInteger(budget) && budget >= 0)) {
    throw new Error(`a budget is a whole number of sats, not ${budget}`)
  }
}

/** Builds a new ticket in state New. Invalid input is a programmer error and throws. */
export const makeTicket = (input: TicketInput, now: number): EventTemplate => {
  if (input.d.trim() === '') throw new Error('a ticket needs a d identifier')
  const title = checkTitle(input.title)
  checkBudget(input.budget)
  if (input.troubleshooter !== undefined && !isHex64(input.troubleshooter)) {
    throw new Error('the troubleshooter must be a 64-hex pubkey')
  }
  const tags: Tag[] = [
    ['d', input.d],
    ['title', title],
    ...cleanTopics(input.topics).map((slug) => ['t', slug]),
    ['s', ticketStatusToWire('new')],
    ['state_history', '-1', ticketStatusToWire('new'), String(now)],
    ['published_at', String(now)],
    ...(input.troubleshooter ? [['p', input.troubleshooter]] : []),
    ...(input.budget !== undefined ? [['budget', String(input.budget)]] : []),
    alt(title),
  ]
  return { kind: Kind.Ticket, created_at: now, tags, content: input.description }
}

/** Reads every well-formed `state_history` entry, oldest first. */
export const readTicketStateHistory = (tags: readonly Tag[]): TicketStateChange[] =>
  tagsNamed(tags, 'state_history')
    .flatMap((tag) => {
      const to = ticketStatusFromWire(tag[2])
      const at = readWholeNumber(tag[3])
      const from = tag[1] === '-1' ? null : ticketStatusFromWire(tag[1])
      return to === undefined || at === undefined || from === undefined ? [] : [{ from, to, at }]
    })
    .sort((a, b) => a.at - b.at)

/**
 * Reads a ticket from relay data. Rejected: wrong kind, no `d`, no title, a status other than
 * 0–3, an `a` tag that is not an offer address, a malformed pubkey in `p`, a non-numeric budget,
 * and the inconsistent "In progress" without an accepted offer. A New ticket that carries an `a`
 * tag is read as New without an accepted offer, with a warning.
 */
export const readTicket = (event: NostrEvent): ReadResult<Ticket> => {
  const basics = readBasics(event, Kind.Ticket, 'a ticket (32767)')
  if (!basics.ok) return basics
  const { pubkey, createdAt, content } = basics.value
  const tags = readableTags(basics.value.tags)
  const d = readD(tags)
  if (!d.ok) return d
  const titleText = tagValue(tags, 'title')?.trim()
  if (!titleText) return reject('it has no title')
  const title = capTitle(titleText)
  // the original app wrote `status`; SatShoot and we write `s`
  const statusText = tagValue(tags, 's') ?? tagValue(tags, 'status')
  if (statusText === undefined) return reject('it has no status (s tag)')
  const status = ticketStatusFromWire(statusText)
  if (!status) return reject(`its status "${statusText.slice(0, 40)}" is not 0, 1, 2 or 3`)
  const pubkeys = readPubkeyTags(tags)
  if (!pubkeys.ok) return pubkeys
  const budgetText = tagValue(tags, 'budget')
  const budget = readWholeNumber(budgetText)
  if (budgetText !== undefined && budget === undefined) {
    return reject(`its budget "${budgetText.slice(0, 40)}" is not a whole number of sats`)
  }
  const warnings: string[] = []
  if (tags.length < basics.value.tags.length) {
    warnings.push(
      `it has ${basics.value.tags.length} tags; only the first ${READ_LIMITS.tags} were read`,
    )
  }
  let acceptedOffer: Address | undefined
  const aTag = tags.find((tag) => tag[0] === 'a')
  if (aTag) {
    const read = readAddressTag(aTag)
    if (!read.ok) return reject(`its accepted offer is unreadable: ${read.reason}`)
    if (read.value.kind !== Kind.Offer) {
      return reject(`its a tag points at kind ${read.value.kind}, not an offer (32768)`)
    }
    acceptedOffer = read.value
  }
  if (status === 'in-progress' && !acceptedOffer) {
    return reject('it is In progress but names no accepted offer')
  }
  if (status === 'new' && acceptedOffer) {
    warnings.push('it is New but names an accepted offer; the offer is ignored')
    acceptedOffer = undefined
  }
  const topicTexts = tags.filter((tag) => tag[0] === 't').map((tag) => (tag[1] ?? '').toLowerCase())
  const topics = [...new Set(topicTexts.filter(isTopicSlug).map(canonicalTopic))]
  if (topics.length < topicTexts.length) warnings.push('some topics were not valid slugs')
  const description = capText(content, READ_LIMITS.description)
  return accept({
    id: event.id,
    pubkey,
    d: d.value,
    address: { kind: Kind.Ticket, pubkey, d: d.value },
    title,
    description: description.text,
    ...(description.cut > 0 ? { descriptionCut: description.cut } : {}),
    topics: topics.slice(0, READ_LIMITS.topics),
    status,
    stateHistory: readTicketStateHistory(tags),
    publishedAt: readPublishedAt(tags, createdAt),
    createdAt,
    acceptedOffer,
    troubleshooter: acceptedOffer?.pubkey ?? pubkeys.value[0],
    budget,
    warnings,
  })
}

/** Whether `event` reads as a valid ticket. */
export const isTicket = (event: NostrEvent): boolean => readTicket(event).ok

/** What an edit may change; `null` removes an optional field. */
export type TicketChanges = {
  title?: string
  description?: string
  topics?: readonly string[]
  budget?: number | null
  troubleshooter?: string | null
}

/** The tags every republication keeps: `published_at` (added from created_at when missing). */
export const keepPublishedAt = (previous: NostrEvent): Tag[] =>
  tagValue(previous.tags, 'published_at') !== undefined
    ? previous.tags.map((tag) => [...tag])
    : setTag(previous.tags, 'published_at', String(previous.created_at))

/**
 * Republishes a ticket with changed fields: same `d`, same `published_at`, same status and
 * history, every tag it does not touch (known or not) kept. Status changes go through
 * `transitionTicket`. Refuses a previous event that is not a readable ticket.
 */
export const editTicket = (
  previous: NostrEvent,
  changes: TicketChanges,
  now: number,
): ReadResult<EventTemplate> => {
  const ticket = readTicket(previous)
  if (!ticket.ok) return reject(`the ticket cannot be edited: ${ticket.reason}`)
  let tags = keepPublishedAt(previous)
  try {
    if (changes.title !== undefined) {
      const title = checkTitle(changes.title)
      tags = setTag(tags, 'title', title)
      tags = setTags(tags, 'alt', [alt(title)])
    }
    if (changes.topics !== undefined) {
      tags = setTags(
        tags,
        't',
        cleanTopics(changes.topics).map((slug) => ['t', slug]),
      )
    }
    if (changes.budget !== undefined) {
      checkBudget(changes.budget ?? undefined)
      tags = setTag(tags, 'budget', changes.budget === null ? undefined : String(changes.budget))
    }
  } catch (error) {
    return reject((error as Error).message)
  }
  if (changes.troubleshooter !== undefined) {
    if (ticket.value.acceptedOffer)
      return reject('the troubleshooter is fixed once an offer is accepted')
    if (changes.troubleshooter !== null && !isHex64(changes.troubleshooter)) {
      return reject('the troubleshooter must be a 64-hex pubkey')
    }
    tags = setTags(
      tags,
      'p',
      changes.troubleshooter === null ? [] : [['p', changes.troubleshooter]],
    )
  }
  return accept({
    kind: Kind.Ticket,
    created_at: Math.max(now, previous.created_at + 1),
    tags,
    content: changes.description ?? previous.content,
  })
}

/**
 * When a ticket was posted, for sorting and showing: its `published_at`, but never later than the
 * event itself, so nobody can pin a ticket to the top by writing a date in the future.
 */
export const postedAt = (ticket: Pick<Ticket, 'publishedAt' | 'createdAt'>): number =>
  Math.min(ticket.publishedAt, ticket.createdAt)
