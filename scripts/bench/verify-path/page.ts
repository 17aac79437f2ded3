/**
 * Browser side of the verify-path bench, built by Vite from the app's own modules: the feed's
 * path (toWellFormedEvent → verifyBatch, whose worker is built from verify-worker.ts as in the
 * app → readTicket) against the worker's checker called directly, on the same events.
 */
import type { NostrEvent } from 'nostr-tools'
import { setNostrWasm, verifyEvent } from 'nostr-tools/wasm'
import { initNostrWasm } from 'nostr-wasm/gzipped'
import { toWellFormedEvent } from '../../../src/ndk/verify'
import { verifyBatch } from '../../../src/ndk/verify-batch'
import { readTicket } from '../../../src/nostr/ticket'

export type VerifyPathRun = { pathMs: number; rawMs: number; read: number; verified: number }

// verifyBatch starts its worker on its own; its first answer says the worker is up
let workerUp: () => void = () => {}
const workerReady = new Promise<void>((resolve) => (workerUp = resolve))
window.Worker = class extends window.Worker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args)
    this.addEventListener('message', () => workerUp(), { once: true })
  }
}

const checker = initNostrWasm().then(setNostrWasm)

/** The worker's checker on fresh copies (nostr-tools marks an event it has verified). */
const rawPass = (events: readonly NostrEvent[]) =>
  events.filter((event) => verifyEvent({ ...event }))

/** As subscribe.ts and the feed do it: every batch sent at once, each read as its answer comes. */
const pathPass = async (raws: readonly unknown[], batchSize: number) => {
  const wellFormed = raws.map(toWellFormedEvent).filter((event) => event !== undefined)
  const batches: NostrEvent[][] = []
  for (let at = 0; at < wellFormed.length; at += batchSize) {
    batches.push(wellFormed.slice(at, at + batchSize))
  }
  let read = 0
  await Promise.all(
    batches.map((batch) =>
      verifyBatch(batch).then((valid) => {
        batch.forEach((event, index) => {
          if (valid[index] && readTicket(event).ok) read++
        })
      }),
    ),
  )
  return read
}

const timed = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const result = await work()
  return [result, performance.now() - start]
}

/**
 * Waits for the worker (its first batch is checked here), warms both up, then times them in
 * alternating rounds, so a busy moment on the machine does not land on one side only.
 */
const run = async (events: NostrEvent[], batchSize: number, rounds: number) => {
  await checker
  await verifyBatch(events.slice(0, 1).map((event) => ({ ...event })))
  await workerReady
  const warmUp = events.slice(0, 200)
  rawPass(warmUp)
  await pathPass(structuredClone(warmUp), batchSize)
  const runs: VerifyPathRun[] = []
  for (let round = 0; round < rounds; round++) {
    const [verified, rawMs] = await timed(() => rawPass(events).length)
    const received = structuredClone(events)
    const [read, pathMs] = await timed(() => pathPass(received, batchSize))
    runs.push({ pathMs, rawMs, read, verified })
  }
  return runs
}

Object.assign(window, { verifyPathBench: run })
