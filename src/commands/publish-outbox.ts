import type { NostrEvent } from 'nostr-tools'
import { relayIsDown } from '@/ndk/client'
import { publishSigned } from '@/ndk/publish'
import { onRelayEvent } from '@/ndk/relay-events'
import { readJobs } from '@/storage/outbox-db'
import { useMarketplace } from '@/stores/marketplace'
import { ingestNow, keepPublished } from '@/stores/marketplace-ingest'
import type { PublishJob, RelayDelivery } from '@/stores/publish-outbox'
import { jobStatus, usePublishOutbox } from '@/stores/publish-outbox'

/**
 * The one outbox every signed event goes through: the job is saved on this device before the
 * first relay is asked, each relay is tried on its own with a backoff (2 s doubling to 5 min,
 * and at once when that relay connects again) until it took the event or refused it for good.
 * The marketplace store shows the event from the start, marked as waiting by its job.
 */

const FIRST_RETRY_MS = 2000
const LONGEST_RETRY_MS = 5 * 60_000
/** How long one relay may take to answer one try. */
const ANSWER_TIMEOUT_MS = 8000

const inFlight = new Set<string>()
let timer: ReturnType<typeof setTimeout> | undefined
let stopListening: (() => void) | undefined
/** The load of `loadingFor`'s outbox, in progress or done: one per person, however many ask. */
let loading: Promise<void> | undefined
let loadingFor: string | undefined

const backoff = (attempts: number) =>
  Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS)

const finishIfSettled = (id: string) => {
  const job = usePublishOutbox.getState().jobs[id]
  const status = job && jobStatus(job)
  if (status?.kind === 'published') usePublishOutbox.getState().finish(id, status.accepted)
}

const tryRelay = async (job: PublishJob, relay: string) => {
  const key = `${job.id} ${relay}`
  if (inFlight.has(key)) return
  inFlight.add(key)
  const before = job.relays[relay] ?? { state: 'waiting', attempts: 0, nextTryAt: 0 }
  let delivery: RelayDelivery
  try {
    const { answers } = await publishSigned(job.event, [relay], ANSWER_TIMEOUT_MS)
    const answer = answers[0] ?? { verdict: 'retry' as const, reason: 'no answer' }
    const attempts = before.attempts + 1
    delivery =
      answer.verdict === 'retry'
        ? {
            state: 'waiting',
            reason: answer.reason,
            attempts,
            nextTryAt: Date.now() + backoff(attempts),
          }
        : { state: answer.verdict, reason: answer.reason || undefined, attempts, nextTryAt: 0 }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    delivery = { state: 'refused', reason, attempts: before.attempts + 1, nextTryAt: 0 }
  } finally {
    inFlight.delete(key)
  }
  if (!usePublishOutbox.getState().jobs[job.id]) return
  usePublishOutbox.getState().deliver(job.id, relay, delivery)
  if (delivery.state === 'accepted') keepPublished(job.event)
  finishIfSettled(job.id)
  schedule()
}

/** Tries every relay whose turn has come; sets the timer for the next turn. */
const run = () => {
  timer = undefined
  const now = Date.now()
  for (const job of Object.values(usePublishOutbox.getState().jobs)) {
    for (const [relay, delivery] of Object.entries(job.relays)) {
      if (delivery.state !== 'waiting' || delivery.nextTryAt > now) continue
      // a relay known to be down is tried when it connects again (relayReady)
      if (relayIsDown(relay)) continue
      void tryRelay(job, relay)
    }
  }
  schedule()
}

function schedule() {
  clearTimeout(timer)
  const turns = Object.values(usePublishOutbox.getState().jobs).flatMap((job) =>
    Object.entries(job.relays)
      // a relay that is down is woken by its reconnect, not by the timer
      .filter(([relay, delivery]) => delivery.state === 'waiting' && !relayIsDown(relay))
      .map(([, delivery]) => delivery.nextTryAt),
  )
  if (turns.length === 0) return
  timer = setTimeout(run, Math.max(0, Math.min(...turns) - Date.now()))
}

/** A relay is back: what waits for it goes now. */
const relayReady = (url: string) => {
  const outbox = usePublishOutbox.getState()
  for (const job of Object.values(outbox.jobs)) {
    const delivery = job.relays[url]
    if (delivery?.state === 'waiting') outbox.deliver(job.id, url, { ...delivery, nextTryAt: 0 })
  }
  run()
}

/**
 * Loads `owner`'s unsent events from this device (into the store, so they show as waiting) and
 * starts sending them. Signing out (`stopOutbox`) forgets them here.
 */
export const startOutbox = (owner: string): Promise<void> => {
  // while a load runs the store does not name its owner yet: a second load would drop the jobs
  // queued in between, so every caller for the same person waits on the one load
  if (loadingFor === owner && loading) return loading
  loadingFor = owner
  loading = readJobs(owner).then(async (jobs) => {
    usePublishOutbox.getState().load(owner, jobs)
    // the person's own events (not gift wraps, signed with throwaway keys) show as waiting
    const own = jobs.map((job) => job.event).filter((event) => event.pubkey === owner)
    await ingestNow(own, { keep: false })
    stopListening ??= onRelayEvent((url, event) => {
      if (event === 'ready' || event === 'authed') relayReady(url)
    })
    run()
  })
  return loading
}

/** Stops sending and forgets the jobs in memory (their rows are cleared by sign-out). */
export const stopOutbox = (): void => {
  clearTimeout(timer)
  stopListening?.()
  stopListening = undefined
  loading = undefined
  loadingFor = undefined
  usePublishOutbox.getState().load(undefined, [])
}

/**
 * Puts a signed event in the outbox for `relays`: saved on this device first, shown in the store
 * as waiting, then sent. Resolves with the job once it is saved.
 */
export const enqueue = async (
  event: NostrEvent,
  label: string,
  relays: readonly string[],
  /** Whose job it is: the author, or for a gift wrap (throwaway key) the person sending it. */
  owner = event.pubkey,
): Promise<PublishJob> => {
  await startOutbox(owner)
  const job: PublishJob = {
    id: event.id,
    owner,
    event,
    label,
    relays: Object.fromEntries(
      [...new Set(relays)].map((relay) => [relay, { state: 'waiting', attempts: 0, nextTryAt: 0 }]),
    ),
    queuedAt: Date.now(),
  }
  await usePublishOutbox.getState().add(job)
  if (owner === event.pubkey) await ingestNow([event], { keep: false })
  run()
  return job
}

/** Resolves once the job's first answers are in (or `timeoutMs` passed), with its status then. */
export const firstAnswers = (id: string, timeoutMs: number): Promise<PublishJob | undefined> =>
  new Promise((resolve) => {
    const settledNow = () => {
      const job = usePublishOutbox.getState().jobs[id]
      if (!job) return { done: true, job: undefined }
      const tried = Object.entries(job.relays).every(
        ([relay, d]) => d.attempts > 0 || d.state !== 'waiting' || relayIsDown(relay),
      )
      return { done: tried || jobStatus(job).kind !== 'waiting', job }
    }
    const first = settledNow()
    if (first.done) return resolve(first.job)
    const stop = usePublishOutbox.subscribe(() => {
      const now = settledNow()
      if (!now.done) return
      stop()
      clearTimeout(timeout)
      resolve(now.job)
    })
    const timeout = setTimeout(() => {
      stop()
      resolve(usePublishOutbox.getState().jobs[id])
    }, timeoutMs)
  })

/** Sends a job again to every relay that did not take it (after a refusal, or at once). */
export const retryJob = (id: string): void => {
  const outbox = usePublishOutbox.getState()
  const job = outbox.jobs[id]
  if (!job) return
  for (const [relay, delivery] of Object.entries(job.relays)) {
    if (delivery.state !== 'accepted') {
      outbox.deliver(id, relay, { ...delivery, state: 'waiting', nextTryAt: 0 })
    }
  }
  run()
}

/** Drops a job the person no longer wants sent. */
export const discardJob = (id: string): void => {
  usePublishOutbox.getState().remove(id)
  useMarketplace.getState().retract(id)
}
