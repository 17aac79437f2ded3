/** How many tickets the first page asks for: enough to fill a screen, few enough to arrive fast. */
export const FIRST_PAGE = 20
/** Later pages, asked for as the reader nears the end of the list. */
export const PAGE = 100

/**
 * Where the next page starts (NIP-01 `until`, inclusive), from the page just received: at its
 * oldest ticket, so tickets sharing that second are not skipped; one second earlier when the
 * page brought nothing new, so paging always moves on. Undefined: the relay has no older tickets.
 */
export const nextUntil = (
  page: readonly { createdAt: number; isNew: boolean }[],
): number | undefined => {
  if (page.length === 0) return undefined
  const oldest = Math.min(...page.map((item) => item.createdAt))
  const until = page.some((item) => item.isNew) ? oldest : oldest - 1
  return until >= 0 ? until : undefined
}

/**
 * How one relay's paging stands: where its next page starts (none before its first answer),
 * whether it has any more, and whether it took too long to answer at first.
 */
export type RelayPaging = { cursor?: number; done: boolean; late?: boolean }

/**
 * The oldest creation time the feed can show yet. A relay that may hold older tickets has sent
 * everything down to its cursor, but nothing below it: a ticket created before the newest such
 * cursor could still be followed by one from that relay that belongs above it. A relay yet to
 * answer holds everything back, until it is late. -Infinity once no relay is still paging.
 */
export const pagingFrontier = (relays: readonly RelayPaging[]): number =>
  Math.max(
    -Infinity,
    ...relays.flatMap((relay) => {
      if (relay.done || relay.late) return []
      return [relay.cursor ?? Infinity]
    }),
  )
