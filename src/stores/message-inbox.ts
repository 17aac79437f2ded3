import type { Filter, NostrEvent } from 'nostr-tools'
import type { ChatMessage } from '@/nostr/chat'
import { Kind } from '@/nostr/kinds'
import { isRelayOpen, ownDataRelayUrls, useRelays, type RelayEntry } from '@/stores/relays'
import { currentSigner } from '@/ndk/current-signer'
import { loadDmRelays } from './dm-relays'
import type { MessageCache } from '@/storage/message-cache'
import { openMessageCache } from '@/storage/message-cache'
import type { ChatSigner } from '@/ndk/message-wrap'
import { openEvent } from '@/ndk/message-open'
import { nowSeconds } from '@/ndk/message-wrap'
import { fetchEvents } from '@/ndk/fetch-events'
import { subscribe } from '@/ndk/subscribe'

/** A wrap waiting to be opened, and its place in the order of arrival. */
type Waiting = { event: NostrEvent; slot: { message?: ChatMessage; done: boolean } }

/** What the inbox reports: opened messages in batches, skipped ones, the end of stored ones. */
export type InboxHandlers = {
  onMessages: (messages: ChatMessage[]) => void
  /** A wrap or legacy message that could not be opened or read; it is left out. */
  onSkipped?: (reason: string, event: NostrEvent) => void
  /** Everything the relays had stored is opened (called once). */
  onLoaded?: () => void
  /** The relays that refuse to hand over messages until the app authenticates (NIP-42). */
  onAuthNeeded?: (relays: string[]) => void
}

export type WatchInboxOptions = {
  /** Defaults to the signed-in person's signer. */
  signer?: ChatSigner
  /** Relays to read from instead of my DM relays plus the app's (tests, bench). */
  relays?: string[]
}

/** Wrap times lie up to two days in the past (NIP-59), plus clock drift. */
const SINCE_MARGIN = 2 * 24 * 60 * 60 + 15 * 60
/** Stored events asked for per request, and how far back paging goes at most. */
const PAGE_SIZE = 500
const MAX_PAGES = 100
/** Requests a remote signer or extension gets at the same time. */
const REMOTE_CONCURRENCY = 4

const filtersFor = (me: string): Filter[] => [
  { kinds: [Kind.GiftWrap], '#p': [me] },
  { kinds: [Kind.LegacyDirectMessage], '#p': [me] },
  { kinds: [Kind.LegacyDirectMessage], authors: [me] },
]

/**
 * Watches my private messages: kind 1059 gift wraps `#p` me and legacy kind 4 (to me and by me)
 * on my DM relays plus the app's relays. Each wrap is opened once (then cached by wrap id), bad
 * ones are skipped, and the subscription is renewed when a relay reconnects (NDK does not resend
 * live subscriptions). Returns the function that stops watching.
 */
export const watchInbox = (
  me: string,
  handlers: InboxHandlers,
  options: WatchInboxOptions = {},
): (() => void) => {
  const signer: ChatSigner | undefined = options.signer ?? currentSigner()
  if (!signer || signer.pubkey !== me)
    throw new Error('Sign in first: messages open with your key.')
  const local = signer.conversationKey !== undefined
  let stopped = false
  let unsubscribe: (() => void) | undefined
  let cache: MessageCache | undefined
  let relays: string[] = []
  let loaded = false
  let storedDone = false
  let lastStart = 0
  const processed = new Set<string>()
  const waiting: Waiting[] = []
  let active = 0
  let batch: ChatMessage[] = []
  let batchTimer: ReturnType<typeof setTimeout> | undefined

  const flushBatch = () => {
    batchTimer = undefined
    if (batch.length === 0 || stopped) return
    const out = batch
    batch = []
    handlers.onMessages(out)
  }
  const deliver = (message: ChatMessage) => {
    batch.push(message)
    batchTimer ??= setTimeout(flushBatch, 16)
  }
  // Wraps open concurrently but are handed on in the order they arrived, so two messages sent in
  // the same second (rumor times have one-second resolution) keep their order.
  const inOrder: { message?: ChatMessage; done: boolean }[] = []
  const settle = (slot: { message?: ChatMessage; done: boolean }, message?: ChatMessage) => {
    slot.message = message
    slot.done = true
    while (inOrder[0]?.done) {
      const next = inOrder.shift()
      if (next?.message) deliver(next.message)
    }
  }
  const checkLoaded = () => {
    if (loaded || !storedDone || active > 0 || waiting.length > 0 || stopped) return
    loaded = true
    clearTimeout(batchTimer)
    flushBatch()
    handlers.onLoaded?.()
  }
  const pump = () => {
    const limit = local ? 1 : REMOTE_CONCURRENCY
    while (!stopped && active < limit && waiting.length > 0) {
      const { event, slot } = waiting.shift() as Waiting
      active++
      void openEvent(event, me, signer).then((result) => {
        active--
        if (stopped) return
        if (result.ok) {
          cache?.put(event.id, result.message)
          settle(slot, result.message)
        } else {
          settle(slot)
          handlers.onSkipped?.(result.reason, event)
        }
        pump()
        checkLoaded()
      })
    }
  }
  const onEvent = (event: NostrEvent) => {
    if (stopped || processed.has(event.id)) return
    processed.add(event.id)
    const slot = { done: false }
    inOrder.push(slot)
    const known = cache?.get(event.id)
    if (known) return settle(slot, known)
    waiting.push({ event, slot })
    pump()
  }
  /** Pages back through what relays keep (they cap each answer), newest first. */
  const backfill = async (filter: Filter, since: number | undefined) => {
    let until: number | undefined
    // NDK hands every matching event to every open subscription, so the live one may have
    // seen these first: freshness is judged per backfill
    const seenHere = new Set<string>()
    for (let page = 0; page < MAX_PAGES && !stopped; page++) {
      const events = await fetchEvents(
        {
          ...filter,
          limit: PAGE_SIZE,
          ...(since === undefined ? {} : { since }),
          ...(until === undefined ? {} : { until }),
        },
        { relays, timeoutMs: 8000 },
      )
      let fresh = 0
      let oldest = Number.POSITIVE_INFINITY
      for (const event of events) {
        if (!seenHere.has(event.id)) fresh++
        seenHere.add(event.id)
        oldest = Math.min(oldest, event.created_at)
        onEvent(event)
      }
      if (fresh === 0) return
      until = oldest
    }
  }
  /** (Re)subscribes; after a reconnect only the last two days are paged again. */
  const start = (full = false) => {
    if (stopped) return
    unsubscribe?.()
    const since = !full && storedDone && lastStart > 0 ? lastStart - SINCE_MARGIN : undefined
    lastStart = nowSeconds()
    // live only (limit 0): wrap times lie in the past, so a `since` would miss new wraps
    unsubscribe = subscribe(
      filtersFor(me).map((filter) => ({ ...filter, limit: 0 })),
      {
        onEvent,
        onState: (states) =>
          handlers.onAuthNeeded?.(
            Object.keys(states).filter((relay) => states[relay] === 'auth-required'),
          ),
      },
      // wrap times lie in the past: a renewal asks again for live wraps only, and pages back below
      { relays, renewSince: false },
    )
    void Promise.all(filtersFor(me).map((filter) => backfill(filter, since))).then(() => {
      storedDone = true
      checkLoaded()
    })
  }

  let dmRelays: string[] = []
  const relaysToWatch = () =>
    options.relays ?? [...new Set([...dmRelays, ...ownDataRelayUrls(useRelays.getState())])]
  let renewTimer: ReturnType<typeof setTimeout> | undefined
  const stopWatchingRelays = useRelays.subscribe((state, previous) => {
    if (!unsubscribe) return
    const next = relaysToWatch()
    if (next.join() !== relays.join()) {
      // the relay list changed (e.g. my NIP-65 list arrived): page new relays from the start
      relays = next
      clearTimeout(renewTimer)
      renewTimer = setTimeout(() => start(true), 300)
      return
    }
    const cameBack = (entry: RelayEntry) =>
      isRelayOpen(entry) &&
      relays.includes(entry.url) &&
      !previous.relays.some((p) => p.url === entry.url && isRelayOpen(p))
    if (!state.relays.some(cameBack)) return
    clearTimeout(renewTimer)
    renewTimer = setTimeout(() => start(), 300)
  })

  void (async () => {
    const [opened, mine] = await Promise.all([
      openMessageCache(me),
      options.relays ? Promise.resolve([]) : loadDmRelays(me).catch(() => []),
    ])
    cache = opened
    // what this device opened before shows at once, also offline
    const known = opened.all()
    // each is delivered once: when relays send these wraps again, they are passed over
    for (const [wrapId] of known) processed.add(wrapId)
    if (known.length > 0 && !stopped) handlers.onMessages(known.map(([, message]) => message))
    dmRelays = mine
    relays = relaysToWatch()
    start()
  })()

  return () => {
    stopped = true
    clearTimeout(renewTimer)
    clearTimeout(batchTimer)
    stopWatchingRelays()
    unsubscribe?.()
  }
}
