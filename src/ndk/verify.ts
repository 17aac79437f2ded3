import type { NostrEvent } from 'nostr-tools'
import { verifyEvent } from 'nostr-tools/pure'

const HEX64 = /^[0-9a-f]{64}$/
const HEX128 = /^[0-9a-f]{128}$/

const isTag = (tag: unknown): tag is string[] =>
  Array.isArray(tag) && tag.every((item) => typeof item === 'string')

/**
 * Returns a fresh plain copy of `raw` if it is a well-formed event whose id and signature check out
 * (nostr-tools `verifyEvent`, every time: NDK only samples), else undefined. The copy never carries
 * a "verified" mark from elsewhere, so a tampered clone of a good event cannot slip through.
 */
export const toVerifiedEvent = (raw: unknown): NostrEvent | undefined => {
  if (typeof raw !== 'object' || raw === null) return undefined
  const { id, pubkey, sig, kind, created_at, content, tags } = raw as Record<string, unknown>
  if (typeof id !== 'string' || !HEX64.test(id)) return undefined
  if (typeof pubkey !== 'string' || !HEX64.test(pubkey)) return undefined
  if (typeof sig !== 'string' || !HEX128.test(sig)) return undefined
  if (typeof kind !== 'number' || !Number.isInteger(kind) || kind < 0) return undefined
  if (typeof created_at !== 'number' || !Number.isInteger(created_at)) return undefined
  if (typeof content !== 'string' || !Array.isArray(tags) || !tags.every(isTag)) return undefined
  const event: NostrEvent = {
    id,
    pubkey,
    sig,
    kind,
    created_at,
    content,
    tags: tags.map((tag) => [...tag]),
  }
  return verifyEvent({ ...event }) ? event : undefined
}
