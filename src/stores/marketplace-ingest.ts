import type { NostrEvent } from 'nostr-tools'
import { dueFrom, isDueAt } from '@/nostr/clock'
import { Kind } from '@/nostr/kinds'
import type { PendingBatch } from '@/nostr/marketplace-batch'
import { emptyBatch, isTicketOrDeletion, readTicketOrDeletion } from '@/nostr/marketplace-batch'
import type { readMarketplaceEvent } from '@/nostr/marketplace-event'
import { cacheEvents, cacheKeyOf, readCachedEvents } from '@/storage/event-cache'
import { useMarketplace } from './marketplace'

/**
 * The one way marketplace events reach the read model (src/stores/marketplace.ts): verified by
 * src/ndk, read by src/nostr, events dated in the future held back until their time, then put in
 * the store in bursts, and the versions the store kept written to this device's cache.
 */

/** Relays send stored events in bursts: they reach the store at most this often. */
const FLUSH_DELAY_MS = 50
type Pending = { stored: PendingBatch; live: PendingBatch; raw: NostrEvent[] }

const emptyPending = (): Pending => ({ stored: emptyBatch(), live: emptyBatch(), raw: [] })
let pending = emptyPending()
let flushTimer: ReturnType<typeof setTimeout> | undefined

const nowSeconds = () => Math.floor(Date.now() / 1000)

const isEmpty = (batch: PendingBatch) =>
  Object.values(batch).every((list: unknown[]) => list.length === 0)

/** The raw events worth keeping on this device: those the store kept (newest per address). */
const keptByStore = (raw: readonly NostrEvent[]): NostrEvent[] => {
  const state = useMarketplace.getState()
  const maps: Record<number, Record<string, { id: string }>> = {
    [Kind.Ticket]: state.tickets,
    [Kind.Offer]: state.offers,
    [Kind.TroubleshooterCard]: state.cards,
  }
  return raw.filter((event) => {
    const map = maps[event.kind]
    return map ? map[cacheKeyOf(event)]?.id === event.id : event.kind === Kind.Deletion
  })
}

/** Puts everything read so far into the store in one update, and keeps it on this device. */
export const flushMarketplace = (): void => {
  clearTimeout(flushTimer)
  flushTimer = undefined
  const { stored, live, raw } = pending
  pending = emptyPending()
  const store = useMarketplace.getState()
  if (!isEmpty(stored)) store.applyBatch(stored)
  if (!isEmpty(live)) store.applyBatch({ ...live, live: true })
  void cacheEvents(keptByStore(raw))
}

/** Events dated further ahead than the clock allows, by the second they become due. */
const held = new Map<string, { event: NostrEvent; live: boolean; keep: boolean }>()
let heldTimer: ReturnType<typeof setTimeout> | undefined

const releaseDue = () => {
  heldTimer = undefined
  const now = nowSeconds()
  for (const [id, item] of held) {
    if (!isDueAt(item.event.created_at, now)) continue
    held.delete(id)
    ingestEvent(item.event, item)
  }
  scheduleHeld()
}

const scheduleHeld = () => {
  if (heldTimer !== undefined || held.size === 0) return
  const next = Math.min(...[...held.values()].map((item) => dueFrom(item.event.created_at)))
  const wait = Math.min(Math.max((next - nowSeconds()) * 1000, 1000), 2 ** 31 - 1)
  heldTimer = setTimeout(releaseDue, wait)
}

export type IngestOptions = {
  /** Arrived live (after the relays' stored events): new tickets count as arrivals. */
  live?: boolean
  /** Keep it in this device's cache (false for what no relay took yet). */
  keep?: boolean
}

/**
 * Offers and cards are read by code the feed's first screen does not need: it is fetched with
 * the first offer or card, and what arrives meanwhile waits for it.
 */
let readAny: typeof readMarketplaceEvent | undefined
let readerLoading: Promise<void> | undefined
const waitingForReader: { event: NostrEvent; options: IngestOptions }[] = []

const loadReader = (): Promise<void> =>
  (readerLoading ??= import('@/nostr/marketplace-event').then(({ readMarketplaceEvent }) => {
    readAny = readMarketplaceEvent
    for (const { event, options } of waitingForReader.splice(0)) ingestEvent(event, options)
  }))

/**
 * Reads one verified event into the next store update. An event dated in the future waits until
 * its time; an offer or card may wait a moment for its reader (see `ingestNow` to wait for it).
 */
export const ingestEvent = (event: NostrEvent, options: IngestOptions = {}): void => {
  if (!isDueAt(event.created_at, nowSeconds())) {
    held.set(event.id, { event, live: options.live ?? false, keep: options.keep ?? true })
    scheduleHeld()
    return
  }
  const batch = options.live ? pending.live : pending.stored
  if (isTicketOrDeletion(event)) readTicketOrDeletion(event, batch)
  else if (readAny) readAny(event, batch)
  else {
    waitingForReader.push({ event, options })
    void loadReader()
    return
  }
  if (options.keep ?? true) pending.raw.push(event)
  flushTimer ??= setTimeout(flushMarketplace, FLUSH_DELAY_MS)
}

/**
 * Reads verified events into the store (a command's own events, a page of tickets): tickets and
 * deletions at once; resolves once offers and cards are in too.
 */
export const ingestNow = async (
  events: readonly NostrEvent[],
  options: IngestOptions = {},
): Promise<void> => {
  for (const event of events) ingestEvent(event, options)
  flushMarketplace()
  if (waitingForReader.length === 0) return
  await loadReader()
  flushMarketplace()
}

/** Keeps on this device an event of the person's that a relay has now taken. */
export const keepPublished = (event: NostrEvent): void => void cacheEvents(keptByStore([event]))

let cacheLoaded: Promise<NostrEvent[]> | undefined

/**
 * Paints from what this device saw before the network answers: reads the verified events kept in
 * IndexedDB into the store (once). Resolves with the events read.
 */
export const loadCachedMarketplace = (): Promise<NostrEvent[]> =>
  (cacheLoaded ??= readCachedEvents().then(async (events) => {
    await ingestNow(events, { keep: false })
    return events
  }))
