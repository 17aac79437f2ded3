/**
 * Clock skew: an event dated further ahead than this is from a broken or dishonest clock. It is
 * held back (not shown, not allowed to replace a version) until its time comes, so nobody can pin
 * a ticket to the top or make a version that wins for ever by writing a date in the future.
 */
export const MAX_CLOCK_SKEW_SECONDS = 15 * 60

/** True when an event dated `createdAt` may be used at `now` (both unix seconds). */
export const isDueAt = (createdAt: number, now: number): boolean =>
  createdAt <= now + MAX_CLOCK_SKEW_SECONDS

/** The unix second from which an event dated `createdAt` may be used. */
export const dueFrom = (createdAt: number): number => createdAt - MAX_CLOCK_SKEW_SECONDS
