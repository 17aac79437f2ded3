import { secp256k1 } from '@noble/curves/secp256k1.js'
import type { NostrEvent } from 'nostr-tools'
import { hasValidSignature } from '@/nostr/signature'

// The curve's base-point table is built on the first check. At its default size that first check
// is one long task on a phone, right when the first tickets arrive; a smaller table builds in a
// fraction of it, for slightly slower checks here (bursts go to the worker, which keeps its own).
secp256k1.Point.BASE.precompute(4)

const HEX64 = /^[0-9a-f]{64}$/
const HEX128 = /^[0-9a-f]{128}$/

const isTag = (tag: unknown): tag is string[] =>
  Array.isArray(tag) && tag.every((item) => typeof item === 'string')

/**
 * A fresh plain copy of `raw` if it has the shape of a NIP-01 event (lowercase hex id, pubkey and
 * signature, integer kind and time, string tags), else undefined. Nothing is verified yet: the
 * copy never carries a "verified" mark from elsewhere, so a tampered clone cannot slip through.
 */
export const toWellFormedEvent = (raw: unknown): NostrEvent | undefined => {
  if (typeof raw !== 'object' || raw === null) return undefined
  const { id, pubkey, sig, kind, created_at, content, tags } = raw as Record<string, unknown>
  if (typeof id !== 'string' || !HEX64.test(id)) return undefined
  if (typeof pubkey !== 'string' || !HEX64.test(pubkey)) return undefined
  if (typeof sig !== 'string' || !HEX128.test(sig)) return undefined
  if (typeof kind !== 'number' || !Number.isInteger(kind) || kind < 0) return undefined
  if (typeof created_at !== 'number' || !Number.isInteger(created_at)) return undefined
  if (typeof content !== 'string' || !Array.isArray(tags) || !tags.every(isTag)) return undefined
  return { id, pubkey, sig, kind, created_at, content, tags: tags.map((tag) => [...tag]) }
}

/**
 * Returns a fresh plain copy of `raw` if it is a well-formed event whose id and signature check out
 * (nostr-tools `verifyEvent`, every time: NDK only samples), else undefined.
 */
export const toVerifiedEvent = (raw: unknown): NostrEvent | undefined => {
  const event = toWellFormedEvent(raw)
  return event && hasValidSignature(event) ? event : undefined
}
