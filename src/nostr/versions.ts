/**
 * https://github.com/nostr-protocol/nips/blob/master/01.md — which version of a replaceable or
 * addressable event wins. The one rule every list, store and command uses.
 */

/** What the rule looks at: the event id and its `created_at` (unix seconds). */
export type Version = { id: string; createdAt: number }

/**
 * True when `candidate` replaces `current`: a newer `created_at`; on the same second, the lower
 * event id (NIP-01's tie-break, so every client picks the same version).
 */
export const isNewerVersion = (candidate: Version, current: Version | undefined): boolean =>
  !current ||
  candidate.createdAt > current.createdAt ||
  (candidate.createdAt === current.createdAt && candidate.id < current.id)

/** The winning version of a list (undefined for an empty list). */
export const newestVersion = <T extends Version>(versions: Iterable<T>): T | undefined => {
  let newest: T | undefined
  for (const version of versions) if (isNewerVersion(version, newest)) newest = version
  return newest
}

/** The winning version among raw events (`created_at`, then the lower id). */
export const newestEvent = <T extends { id: string; created_at: number }>(
  events: readonly T[],
): T | undefined => {
  const newest = newestVersion(
    events.map((event, index) => ({ id: event.id, createdAt: event.created_at, index })),
  )
  return newest && events[newest.index]
}
