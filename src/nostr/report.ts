import type { EventTemplate } from 'nostr-tools'
import { Kind } from './kinds'
import type { Tag } from './tags'
import { isHex64 } from './tags'

/** NIP-56 report types. The app offers spam, impersonation and other; the rest are accepted. */
export type ReportReason =
  'spam' | 'impersonation' | 'other' | 'nudity' | 'malware' | 'profanity' | 'illegal'

/** https://github.com/nostr-protocol/nips/blob/master/56.md — report a person, or one of their events. */
export const makeReport = (
  input: { pubkey: string; reason: ReportReason; eventId?: string; text?: string },
  now: number,
): EventTemplate => {
  if (!isHex64(input.pubkey)) throw new Error('a report names a 64-hex pubkey')
  if (input.eventId !== undefined && !isHex64(input.eventId))
    throw new Error('a report names a 64-hex event id')
  const tags: Tag[] = [
    ['p', input.pubkey, input.reason],
    ...(input.eventId ? [['e', input.eventId, input.reason]] : []),
  ]
  return { kind: Kind.Report, created_at: now, tags, content: input.text ?? '' }
}
