import type { NostrEvent } from 'nostr-tools'
import { isDueAt } from './clock'
import { Kind } from './kinds'
import type { Figure } from './reputation-person'
import type { ReviewSet } from './reputation-reviews'
import { isHex64 } from './tags'
import { isNewerVersion } from './versions'

/** SatShoot's "freelance follows": a NIP-51 follow set (kind 30000) with `d` = `freelance`. */
export const FREELANCE_FOLLOWS_D = 'freelance'

/** The viewer's network, built once; every lookup after that is O(1). */
export type WebOfTrust = {
  viewer: string
  /** Whom the viewer follows (kind 3 and freelance follows). */
  follows: Set<string>
  /** Pubkey → how many of the viewer's follows follow them; its keys are the follows' follows. */
  followedBy: Map<string, number>
  /** Pubkey → how many of the viewer's follows mute them publicly. */
  mutedBy: Map<string, number>
  /** Pubkey → how many of the viewer's follows reported them. */
  reportedBy: Map<string, number>
}

export type WebOfTrustInput = {
  viewer: string
  /** Kind 3 follow lists and kind 30000 follow sets, of the viewer and of their follows. */
  lists: readonly NostrEvent[]
  /** Kind 10000 mute lists of the viewer's follows (only public `p` items can be read). */
  mutes?: readonly NostrEvent[]
  /** Kind 1984 reports by the viewer's follows. */
  reports?: readonly NostrEvent[]
}

const isFollowList = (event: NostrEvent) =>
  event.kind === Kind.Follows ||
  (event.kind === Kind.FollowSet &&
    event.tags.some((tag) => tag[0] === 'd' && tag[1] === FREELANCE_FOLLOWS_D))

/** The newest event per author and kind among those `keep` accepts (dated no later than `now`). */
const newestPerAuthor = (
  events: readonly NostrEvent[],
  keep: (e: NostrEvent) => boolean,
  now: number,
) => {
  const newest = new Map<string, NostrEvent>()
  for (const event of events) {
    if (!keep(event) || !isDueAt(event.created_at, now)) continue
    const key = `${event.pubkey}:${event.kind}`
    const known = newest.get(key)
    const version = { id: event.id, createdAt: event.created_at }
    if (!known || isNewerVersion(version, { id: known.id, createdAt: known.created_at }))
      newest.set(key, event)
  }
  return [...newest.values()]
}

/**
 * How many voters' events name each pubkey in a `p` tag, each voter counted once per pubkey as
 * long as one voter's events come together (sorted by author). Only the length of a pubkey is
 * checked: a malformed one can match no real key, and 250,000 tags stay fast (one lookup each).
 */
const countVotes = (events: readonly NostrEvent[]): Map<string, number> => {
  const votes = new Map<string, { count: number; last: string }>()
  for (const event of events) {
    const voter = event.pubkey
    for (const tag of event.tags) {
      const pubkey = tag[1]
      if (tag[0] !== 'p' || pubkey === undefined || pubkey.length !== 64) continue
      const entry = votes.get(pubkey)
      if (!entry) votes.set(pubkey, { count: 1, last: voter })
      else if (entry.last !== voter) {
        entry.count++
        entry.last = voter
      }
    }
  }
  const counts = new Map<string, number>()
  for (const [pubkey, entry] of votes) counts.set(pubkey, entry.count)
  return counts
}

const byAuthor = (a: NostrEvent, b: NostrEvent) =>
  a.pubkey < b.pubkey ? -1 : a.pubkey > b.pubkey ? 1 : 0

/**
 * Builds the viewer's web of trust: their follows (kind 3 `p` tags plus SatShoot's kind 30000
 * `d`=`freelance` set), their follows' follows, and what those follows say about people. The
 * newest list per author counts; lists of people the viewer does not follow are ignored. One pass
 * over the follows' tags: 500 follows of 500 each is 250,000 map updates.
 */
export const buildWebOfTrust = (input: WebOfTrustInput, now: number): WebOfTrust => {
  const lists = newestPerAuthor(input.lists, isFollowList, now)
  const follows = new Set<string>()
  for (const list of lists) {
    if (list.pubkey !== input.viewer) continue
    for (const tag of list.tags) if (tag[0] === 'p' && isHex64(tag[1])) follows.add(tag[1])
  }
  follows.delete(input.viewer)
  const byFollow = (e: NostrEvent) => follows.has(e.pubkey)
  const followedBy = countVotes(lists.filter(byFollow).sort(byAuthor))
  const mutes = newestPerAuthor(
    input.mutes ?? [],
    (e) => e.kind === Kind.MuteList && byFollow(e),
    now,
  )
  const mutedBy = countVotes(mutes)
  const reports = (input.reports ?? []).filter(
    (e) => e.kind === Kind.Report && byFollow(e) && isDueAt(e.created_at, now),
  )
  const reportedBy = countVotes(reports.sort(byAuthor))
  return { viewer: input.viewer, follows, followedBy, mutedBy, reportedBy }
}

/** Whether `pubkey` is the viewer, someone they follow, or someone their follows follow. */
export const inNetwork = (wot: WebOfTrust, pubkey: string): boolean =>
  pubkey === wot.viewer || wot.follows.has(pubkey) || wot.followedBy.has(pubkey)

/** What the viewer's follows say about one person, each figure with how it is computed. */
export type NetworkView = {
  inNetwork: boolean
  followedBy: Figure<number>
  reviewedBy: Figure<number>
  mutedBy: Figure<number>
  reportedBy: Figure<number>
}

/** The viewer's network's view of `pubkey`; `reviews` (from `collectReviews`) for `reviewedBy`. */
export const networkView = (wot: WebOfTrust, pubkey: string, reviews?: ReviewSet): NetworkView => {
  const authors = new Set<string>()
  for (const review of reviews?.byPerson.get(pubkey) ?? []) authors.add(review.author)
  for (const review of reviews?.unreadable.get(pubkey) ?? []) authors.add(review.author)
  let reviewedBy = 0
  for (const author of authors) if (wot.follows.has(author)) reviewedBy++
  return {
    inNetwork: inNetwork(wot, pubkey),
    followedBy: {
      value: wot.followedBy.get(pubkey) ?? 0,
      how: 'People you follow (including your SatShoot freelance follows) who follow this person.',
    },
    reviewedBy: {
      value: reviewedBy,
      how: 'People you follow who wrote a review of this person, verified or not.',
    },
    mutedBy: {
      value: wot.mutedBy.get(pubkey) ?? 0,
      how: 'People you follow who mute this person publicly. Private mutes cannot be read by anyone else.',
    },
    reportedBy: {
      value: wot.reportedBy.get(pubkey) ?? 0,
      how: 'People you follow who reported this person (spam, scam, impersonation…).',
    },
  }
}
