/**
 * Checks event ids and signatures off the main thread, so a burst of thousands of tickets never
 * stalls scrolling or painting. The first batches use nostr-tools' pure `verifyEvent`, so the
 * worker's own code stays small and it is up by the time the relays answer; once it answered,
 * it fetches libsecp256k1 compiled to WebAssembly (nostr-wasm, about 3× faster) and uses that when
 * this worker may compile it. Both recompute the id from the event's fields before checking the
 * signature.
 */
import type { NostrEvent } from 'nostr-tools'
import { verifyEvent as verifyPure } from 'nostr-tools/pure'

export type VerifyRequest = { batch: number; events: NostrEvent[] }
export type VerifyResponse = { batch: number; valid: boolean[] }

const loadWasm = async (): Promise<(event: NostrEvent) => boolean> => {
  try {
    const [{ initNostrWasm }, wasm] = await Promise.all([
      import('nostr-wasm/gzipped'),
      import('nostr-tools/wasm'),
    ])
    wasm.setNostrWasm(await initNostrWasm())
    return wasm.verifyEvent
  } catch {
    // a Content-Security-Policy without 'wasm-unsafe-eval', or no WebAssembly at all
    return verifyPure
  }
}

let verifier: Promise<(event: NostrEvent) => boolean> | undefined

const check = (verify: (event: NostrEvent) => boolean, event: NostrEvent): boolean => {
  try {
    return verify({ ...event })
  } catch {
    return false
  }
}

/** This worker's global scope (the DOM typings know no worker scope). */
const scope = self as unknown as {
  onmessage: (message: MessageEvent<VerifyRequest>) => void
  postMessage: (response: VerifyResponse) => void
}

scope.onmessage = async (message) => {
  const verify = (await verifier) ?? verifyPure
  const { batch, events } = message.data
  scope.postMessage({ batch, valid: events.map((event) => check(verify, event)) })
  // once the first batch is answered, the faster checker is fetched for the next ones
  verifier ??= loadWasm()
}
