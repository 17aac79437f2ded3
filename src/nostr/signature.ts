import type { NostrEvent } from 'nostr-tools'
import { verifyEvent } from 'nostr-tools/pure'

/**
 * Whether an event's id is its hash and its signature its author's, checked on a fresh copy of
 * its seven fields: nostr-tools remembers a verified object in a symbol property, which a spread
 * (`{ ...event }`) would carry over to an altered copy. Never throws.
 */
export const hasValidSignature = ({
  id,
  pubkey,
  created_at,
  kind,
  tags,
  content,
  sig,
}: NostrEvent): boolean => {
  try {
    return verifyEvent({ id, pubkey, created_at, kind, tags, content, sig })
  } catch {
    return false
  }
}
