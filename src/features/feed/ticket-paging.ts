/** How many tickets the first page asks for: enough to fill a screen, few enough to arrive fast. */
export const FIRST_PAGE = 20
/** Later pages: small enough that reading and painting one never holds up the page for long. */
export const PAGE = 250

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
