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
  /** The viewer, their follows and their follows' follows. */
  network: Set<string>
  /** Pubkey → how many of the viewer's follows follow them. */
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

const pubkeysIn = (event: NostrEvent, into: Set<string>) => {
  for (const tag of event.tags) if (tag[0] === 'p' && isHex64(tag[1])) into.add(tag[1])
}

const countOnce = (counts: Map<string, number>, pubkeys: Set<string>) => {
  for (const pubkey of pubkeys) counts.set(pubkey, (counts.get(pubkey) ?? 0) + 1)
}

/**
 * Builds the viewer's web of trust: their follows (kind 3 `p` tags plus SatShoot's kind 30000
 * `d`=`freelance` set), their follows' follows, and what those follows say about people. The
 * newest list per author counts; lists of people the viewer does not follow are ignored.
 */
export const buildWebOfTrust = (input: WebOfTrustInput, now: number): WebOfTrust => {
  const lists = newestPerAuthor(input.lists, isFollowList, now)
  const follows = new Set<string>()
  for (const list of lists) if (list.pubkey === input.viewer) pubkeysIn(list, follows)
  follows.delete(input.viewer)
  const network = new Set<string>([input.viewer, ...follows])
  const perFollow = new Map<string, Set<string>>()
  for (const list of lists) {
    if (!follows.has(list.pubkey)) continue
    const theirs = perFollow.get(list.pubkey) ?? new Set<string>()
    pubkeysIn(list, theirs)
    perFollow.set(list.pubkey, theirs)
  }
  const followedBy = new Map<string, number>()
  for (const theirs of perFollow.values()) {
    countOnce(followedBy, theirs)
    for (const pubkey of theirs) network.add(pubkey)
  }
  const mutedBy = new Map<string, number>()
  const byFollow = (e: NostrEvent) => follows.has(e.pubkey)
  for (const list of newestPerAuthor(
    input.mutes ?? [],
    (e) => e.kind === Kind.MuteList && byFollow(e),
    now,
  )) {
    const muted = new Set<string>()
    pubkeysIn(list, muted)
    countOnce(mutedBy, muted)
  }
  const reporters = new Map<string, Set<string>>()
  for (const report of input.reports ?? []) {
    if (report.kind !== Kind.Report || !byFollow(report) || !isDueAt(report.created_at, now))
      continue
    for (const tag of report.tags) {
      if (tag[0] !== 'p' || !isHex64(tag[1])) continue
      const set = reporters.get(tag[1]) ?? new Set<string>()
      set.add(report.pubkey)
      reporters.set(tag[1], set)
    }
  }
  const reportedBy = new Map([...reporters].map(([pubkey, set]) => [pubkey, set.size]))
  return { viewer: input.viewer, follows, network, followedBy, mutedBy, reportedBy }
}

/** Whether `pubkey` is the viewer, someone they follow, or someone their follows follow. */
export const inNetwork = (wot: WebOfTrust, pubkey: string): boolean => wot.network.has(pubkey)

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
