import type { NostrEvent } from 'nostr-tools'
import { hasValidSignature } from './verify'
import type { VerifyRequest, VerifyResponse } from './verify-worker'

/** Main-thread work per slice before letting the browser paint and handle input. */
const SLICE_MS = 8

type Pending = { events: NostrEvent[]; resolve: (valid: boolean[]) => void }

let worker: Worker | undefined
let workerState: 'none' | 'starting' | 'ready' | 'failed' = 'none'
let nextBatch = 0
const pending = new Map<number, Pending>()

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

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

const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(resolve, 0))
      : setTimeout(resolve, 0),
  )

const startWorker = () => {
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
 * so the first screen's events are not kept waiting for the worker's code, which is fetched right
 * after they are painted; every later batch goes to the worker (queued while it starts), so
 * thousands of tickets never hold up the main thread.
 * Where workers are unavailable, or the worker fails, the check runs here.
 */
export const verifyBatch = (events: NostrEvent[]): Promise<boolean[]> => {
  if (events.length === 0) return Promise.resolve([])
  // once the worker is starting, batches wait for it there (a failed start re-checks them here)
  if (workerState === 'ready' || workerState === 'starting') return post(events)
  const here = verifyHere(events)
  // the first batch (the first screen's tickets) is checked here at once; the worker's code is
  // fetched right after the frame that shows them, so it never delays the first paint
  void here.then(afterNextFrame).then(startWorker)
  return here
}
