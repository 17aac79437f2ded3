import type { NostrEvent } from 'nostr-tools'
import { hasValidSignature } from './verify'
import type { VerifyRequest, VerifyResponse } from './verify-worker'

/** Main-thread work per slice before letting the browser paint and handle input. */
const SLICE_MS = 8

type Pending = { events: NostrEvent[]; resolve: (valid: boolean[]) => void }

let worker: Worker | undefined
let workerState: 'none' | 'started' | 'failed' = 'none'
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

/**
 * Starts the verification worker (once; its code is fetched now). src/ndk calls it as soon as a
 * subscription is opened, so the worker is up by the time the relay answers and the main thread
 * never checks a signature: the first check here would also build the curve's tables, one long
 * task of its own.
 */
export const startVerifyWorker = (): void => {
  if (workerState !== 'none' || typeof Worker === 'undefined') return
  workerState = 'started'
  try {
    worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    workerState = 'failed'
    return
  }
  worker.onmessage = (message: MessageEvent<VerifyResponse>) => {
    const { batch, valid } = message.data
    pending.get(batch)?.resolve(valid)
    pending.delete(batch)
  }
  worker.onerror = abandonWorker
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
 * whether each id and signature checked out: in the worker (batches wait there while it starts),
 * or here in short slices where workers are unavailable or the worker failed.
 */
export const verifyBatch = (events: NostrEvent[]): Promise<boolean[]> => {
  if (events.length === 0) return Promise.resolve([])
  startVerifyWorker()
  return worker ? post(events) : verifyHere(events)
}
