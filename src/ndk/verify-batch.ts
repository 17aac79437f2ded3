import type { NostrEvent } from 'nostr-tools'
import { hasValidSignature } from '@/nostr/signature'
import type { VerifyRequest, VerifyResponse } from './verify-worker'

/**
 * Main-thread work per slice before letting the browser paint and handle input: short enough
 * that a slice (plus the one check that crosses the line) stays a short task on a slow phone.
 */
const SLICE_MS = 4

type Pending = { events: NostrEvent[]; resolve: (valid: boolean[]) => void }

let worker: Worker | undefined
let workerState: 'none' | 'starting' | 'ready' | 'failed' = 'none'
let nextBatch = 0
const pending = new Map<number, Pending>()

type YieldingScheduler = { yield?: () => Promise<void> }

/** The next task: `scheduler.yield()` where the browser has it (no 4 ms clamp), else a timer. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))
}

/** Checks events here, a slice at a time, yielding to the event loop between slices. */
const verifyHere = async (events: readonly NostrEvent[]): Promise<boolean[]> => {
  const valid: boolean[] = []
  let sliceStart = performance.now()
  for (const event of events) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask()
      sliceStart = performance.now()
    }
    valid.push(hasValidSignature(event))
  }
  return valid
}

/** The worker failed: check what it still held here, and never use it again. */
const abandonWorker = () => {
  workerState = 'failed'
  worker?.terminate()
  worker = undefined
  const stranded = [...pending.values()]
  pending.clear()
  for (const { events, resolve } of stranded) void verifyHere(events).then(resolve)
}

/** When nobody started the worker, it starts this long after the first batch was checked. */
const WORKER_FALLBACK_START_MS = 1500

/**
 * Starts the verification worker now (its code is fetched now): call it once the first screen is
 * painted, before asking for more events, so the main thread checks only the first few.
 */
export const startVerifyWorker = (): void => {
  if (workerState !== 'none' || typeof Worker === 'undefined') return
  workerState = 'starting'
  try {
    worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    workerState = 'failed'
    return
  }
  worker.onmessage = (message: MessageEvent<VerifyResponse>) => {
    workerState = 'ready'
    const { batch, valid } = message.data
    pending.get(batch)?.resolve(valid)
    pending.delete(batch)
  }
  worker.onerror = abandonWorker
  // a first empty batch tells when the worker is up
  post([]).catch(() => {})
}

const post = (events: NostrEvent[]): Promise<boolean[]> =>
  new Promise((resolve) => {
    const batch = nextBatch++
    pending.set(batch, { events, resolve })
    const request: VerifyRequest = { batch, events }
    worker?.postMessage(request)
  })

/**
 * Verifies well-formed events (from `toWellFormedEvent`) and resolves, in the same order, with
 * whether each id and signature checked out. The first batches are checked here in short slices,
 * so the first screen's events are not kept waiting for the worker's code, which is fetched once
 * they are painted; every later batch goes to the worker (queued while it starts), so thousands
 * of tickets never hold up the main thread.
 * Where workers are unavailable, or the worker fails, the check runs here.
 */
export const verifyBatch = (events: NostrEvent[]): Promise<boolean[]> => {
  if (events.length === 0) return Promise.resolve([])
  // once the worker is starting, batches wait for it there (a failed start re-checks them here)
  if (workerState === 'ready' || workerState === 'starting') return post(events)
  const here = verifyHere(events)
  // the first batches (the first screen's events) are checked here at once; the worker is started
  // by whoever knows that screen is painted (`startVerifyWorker`), or a moment later anyway
  void here.then(() => setTimeout(startVerifyWorker, WORKER_FALLBACK_START_MS))
  return here
}
