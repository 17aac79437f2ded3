import type { Address } from './address'
import { sameAddress } from './address'
import type { PaymentRequest, WorkLogEntry } from './message-tags'
import type { Pricing } from './pricing'

/**
 * The work log of a time-based offer, as both parties' apps compute it from the thread's
 * work-log messages (PROTOCOL.md: `["worklog", "start"|"stop", "<unix ts>"]`).
 *
 * Only entries sent by the offer's troubleshooter count. The sender is the rumor's pubkey, which
 * the reader already checked equals the seal's pubkey (chat-open.ts), and the seal is signed by
 * the sender's key: nobody else can log time in the troubleshooter's name.
 *
 * Rounding, chosen to be fair to both: the seconds of every session are added up first, and the
 * total is rounded *up* to whole minutes once — a started minute is billed, but only one minute
 * per log, however many short sessions there are (rounding each session up would let ten
 * 5-second sessions bill ten minutes).
 */

/** A message of the thread as the work log reads it (a ChatMessage fits). */
export type LoggedMessage = {
  id: string
  sender: string
  workLog?: WorkLogEntry
  paymentRequest?: PaymentRequest
}

/** The offer the log is about: its troubleshooter, address and price. */
export type LoggedOffer = { pubkey: string; address: Address; pricing: Pricing }

/** One start/stop pair; `stop` undefined while it runs. Times are unix seconds. */
export type WorkSession = { start: number; startId: string; stop?: number; stopId?: string }

/** A work-log entry that counts: the troubleshooter's, about this offer. */
export type CountedEntry = { id: string; action: 'start' | 'stop'; at: number }

/** The troubleshooter's entries about `offer` (each id once); everyone else's are left out. */
export const countedEntries = (
  messages: readonly LoggedMessage[],
  offer: Pick<LoggedOffer, 'pubkey' | 'address'>,
): CountedEntry[] => {
  const seen = new Set<string>()
  return messages.flatMap(({ id, sender, workLog }) => {
    if (!workLog || sender !== offer.pubkey || !sameAddress(workLog.offer, offer.address)) return []
    if (seen.has(id)) return []
    seen.add(id)
    return [{ id, action: workLog.action, at: workLog.at }]
  })
}

/**
 * Pairs entries into sessions, by each entry's own time (messages may arrive out of order).
 * A start while a session runs and a stop while none runs are ignored (their ids are returned).
 * Entries of the same second are taken in the order that pairs them (stop, then start, while a
 * session runs), so the result does not depend on the order they arrived in.
 */
export const workSessions = (
  entries: readonly CountedEntry[],
): { sessions: WorkSession[]; ignored: string[] } => {
  const byTime = new Map<number, CountedEntry[]>()
  for (const entry of entries) byTime.set(entry.at, [...(byTime.get(entry.at) ?? []), entry])
  const sessions: WorkSession[] = []
  const ignored: string[] = []
  let running: WorkSession | undefined
  for (const at of [...byTime.keys()].sort((a, b) => a - b)) {
    const group = (byTime.get(at) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1))
    const starts = group.filter((entry) => entry.action === 'start')
    const stops = group.filter((entry) => entry.action === 'stop')
    for (;;) {
      const stop = running ? stops.shift() : undefined
      if (running && stop) {
        running.stop = at
        running.stopId = stop.id
        running = undefined
        continue
      }
      const start = running ? undefined : starts.shift()
      if (!start) break
      running = { start: at, startId: start.id }
      sessions.push(running)
    }
    ignored.push(...starts.map((entry) => entry.id), ...stops.map((entry) => entry.id))
  }
  return { sessions, ignored }
}

/** Seconds a session lasted, a running one up to `now`; nothing counts after `now`. */
export const sessionSeconds = (session: WorkSession, now: number): number =>
  Math.max(0, Math.min(session.stop ?? now, now) - session.start)

/** Whole minutes billed for `seconds` of work: a started minute counts (rounded up). */
export const billableMinutes = (seconds: number): number => Math.ceil(Math.max(0, seconds) / 60)

/** Sats for `minutes` at a time-based price (rounded to the nearest sat); undefined when fixed. */
export const satsForMinutes = (pricing: Pricing, minutes: number): number | undefined =>
  pricing.kind === 'per-hour' ? Math.round((minutes * pricing.satsPerHour) / 60) : undefined

/**
 * What the troubleshooter's earlier payment requests on this offer already asked for: their
 * minutes (those that carried `minutes`) and their amounts. A request counted once by its id.
 */
export const alreadyRequested = (
  messages: readonly LoggedMessage[],
  offer: Pick<LoggedOffer, 'pubkey' | 'address'>,
): { minutes: number; msats: number } => {
  const seen = new Set<string>()
  let minutes = 0
  let msats = 0
  for (const { sender, paymentRequest: request } of messages) {
    if (!request || sender !== offer.pubkey || !sameAddress(request.offer, offer.address)) continue
    if (seen.has(request.id)) continue
    seen.add(request.id)
    minutes += request.minutes ?? 0
    msats += request.msats
  }
  return { minutes, msats }
}

/** Everything both parties see about the work on an offer at `now`. */
export type WorkSummary = {
  sessions: WorkSession[]
  /** Ids of entries that did not count (a second start, a stop with nothing running). */
  ignored: string[]
  /** The session running now, if any. */
  running?: WorkSession
  /** All logged seconds, the running session up to `now`. */
  seconds: number
  /** Billable minutes (see the rounding above). */
  minutes: number
  /** Sats for those minutes at the offer's rate; undefined for a fixed price. */
  sats?: number
  requested: { minutes: number; msats: number }
  /** Logged minutes no payment request asked for yet, and their sats (per-time offers). */
  unrequestedMinutes: number
  unrequestedSats?: number
}

/** The work log of `offer` in a thread's messages, at `now` (unix seconds). */
export const summarizeWork = (
  messages: readonly LoggedMessage[],
  offer: LoggedOffer,
  now: number,
): WorkSummary => {
  const { sessions, ignored } = workSessions(countedEntries(messages, offer))
  const seconds = sessions.reduce((sum, session) => sum + sessionSeconds(session, now), 0)
  const minutes = billableMinutes(seconds)
  const requested = alreadyRequested(messages, offer)
  const unrequestedMinutes = Math.max(0, minutes - requested.minutes)
  const running = sessions.at(-1)?.stop === undefined ? sessions.at(-1) : undefined
  return {
    sessions,
    ignored,
    ...(running ? { running } : {}),
    seconds,
    minutes,
    sats: satsForMinutes(offer.pricing, minutes),
    requested,
    unrequestedMinutes,
    unrequestedSats: satsForMinutes(offer.pricing, unrequestedMinutes),
  }
}

/** A duration for people: "42 s", "12 min", "12 min 5 s", "1 h 5 min". */
export const durationWords = (seconds: number): string => {
  const whole = Math.max(0, Math.floor(seconds))
  if (whole < 60) return `${whole} s`
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`
  const rest = whole % 60
  return rest > 0 ? `${minutes} min ${rest} s` : `${minutes} min`
}
