import type { Ticket } from '@/nostr/ticket'
import { isSelfCustodyTopic } from '@/nostr/topics'
import type { FeedStatus } from './feed-tickets'
import { postedAt } from '@/nostr/ticket'

/** How the feed is ordered. */
export type FeedSort = 'newest' | 'budget'

/** Everything the person chose to narrow the feed; kept in the URL (see feed-params.ts). */
export type FeedFilter = {
  status: FeedStatus
  /** Topic slugs; a ticket matches when it has any of them. None: every topic. */
  topics: string[]
  /** Free text searched in titles and descriptions. */
  query: string
  sort: FeedSort
  /** Also list SatShoot jobs (same kind, topics outside the self-custody vocabulary). */
  everything: boolean
}

export const DEFAULT_FILTER: FeedFilter = {
  status: 'new',
  topics: [],
  query: '',
  sort: 'newest',
  everything: false,
}

const MARKS = /\p{M}/gu
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g

/** Text folded for searching: no case, no accents, no invisible characters. */
export const foldText = (text: string): string =>
  text.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '').toLowerCase()

const folded = new WeakMap<Ticket, string>()

const searchableText = (ticket: Ticket): string => {
  let text = folded.get(ticket)
  if (text === undefined) {
    text = foldText(`${ticket.title}\n${ticket.description}`)
    folded.set(ticket, text)
  }
  return text
}

/** The words of a search; a ticket matches when its title or description holds every one. */
export const searchWords = (query: string): string[] => foldText(query).split(/\s+/).filter(Boolean)

/**
 * Whether a ticket belongs in the self-custody feed by default. SatShoot jobs share the kind, so a
 * ticket needs at least one topic from our vocabulary; a ticket with no topic at all is kept,
 * because our own form lets a Bitcoiner skip topics and hiding their problem would be worse than
 * showing the odd untagged job.
 */
export const isSelfCustodyTicket = (ticket: Pick<Ticket, 'topics'>): boolean =>
  ticket.topics.length === 0 || ticket.topics.some(isSelfCustodyTopic)

const byNewest = (a: Ticket, b: Ticket) =>
  postedAt(b) - postedAt(a) || b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1)

const byBudget = (a: Ticket, b: Ticket) => (b.budget ?? -1) - (a.budget ?? -1) || byNewest(a, b)

/** Whether `ticket` passes every part of `filter` except the status. */
export const matchesFilter = (
  ticket: Ticket,
  filter: Omit<FeedFilter, 'status' | 'sort'>,
  words = searchWords(filter.query),
): boolean => {
  if (!filter.everything && !isSelfCustodyTicket(ticket)) return false
  if (filter.topics.length > 0 && !ticket.topics.some((slug) => filter.topics.includes(slug))) {
    return false
  }
  if (words.length === 0) return true
  const text = searchableText(ticket)
  return words.every((word) => text.includes(word))
}

/** The tickets that pass `filter` (status, topics, search, SatShoot switch), in its order. */
export const filterTickets = (tickets: readonly Ticket[], filter: FeedFilter): Ticket[] => {
  const words = searchWords(filter.query)
  return tickets
    .filter((ticket) => filter.status === 'all' || ticket.status === filter.status)
    .filter((ticket) => matchesFilter(ticket, filter, words))
    .sort(filter.sort === 'budget' ? byBudget : byNewest)
}

/**
 * The topics worth offering as chips: the most used among `tickets` (self-custody ones unless
 * `everything`), most used first.
 */
export const popularTopics = (
  tickets: readonly Ticket[],
  everything: boolean,
  count: number,
): string[] => {
  const uses = new Map<string, number>()
  for (const ticket of tickets) {
    for (const slug of ticket.topics) {
      if (everything || isSelfCustodyTopic(slug)) uses.set(slug, (uses.get(slug) ?? 0) + 1)
    }
  }
  return (
    [...uses]
      // slugs are plain ASCII: comparing code units is enough, and much cheaper than a collator
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, count)
      .map(([slug]) => slug)
  )
}
