import type { NostrEvent } from 'nostr-tools'
import { Kind } from '@/nostr/kinds'
import { newestEvent } from '@/nostr/versions'
import type { PublishJob } from './publish-outbox'
import type { ReviewsState } from './reviews'

/** The address a review event names first (its `a`), as written. */
export const reviewedAddressOf = (event: NostrEvent): string | undefined =>
  event.tags.find((tag) => tag[0] === 'a')?.[1]

/**
 * Review events about `person` the relays sent, plus the signed-in person's own reviews of them
 * still in the outbox (waiting or partly published: shown as such beside them).
 */
export const reviewEventsAbout = (
  state: Pick<ReviewsState, 'reviews'>,
  jobs: Record<string, PublishJob>,
  person: string,
): NostrEvent[] => {
  const received = Object.values(state.reviews[person] ?? {})
  const waiting = Object.values(jobs)
    .map((job) => job.event)
    .filter(
      (event) =>
        event.kind === Kind.Label &&
        state.reviews[person]?.[event.id] === undefined &&
        event.tags.some((tag) => tag[0] === 'p' && tag[1] === person),
    )
  return waiting.length === 0 ? received : [...received, ...waiting]
}

/**
 * The newest review `author` wrote of the deal at `address` (the reviewed offer or ticket) among
 * `events`: the one that counts, as src/nostr/reputation.ts keeps the newest per deal.
 */
export const newestReviewOn = (
  events: readonly NostrEvent[],
  author: string,
  address: string,
): NostrEvent | undefined =>
  newestEvent(
    events.filter((event) => event.pubkey === author && reviewedAddressOf(event) === address),
  )
