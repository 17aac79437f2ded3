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

/** Why a person reports someone in this app. */
export type ReportGround = 'scam' | 'spam' | 'impersonation'

/** NIP-32 namespace of the app's own report reasons (NIP-56 allows `l`/`L` on a report). */
export const REPORT_LABELS = 'bitcoin-troubleshoot/report'

/**
 * A report of a person for scam, spam or impersonation. NIP-56 has no scam type: a scam goes as
 * `other`, its content starting "Scam" (what other clients show), labelled `scam` in our NIP-32
 * namespace for clients that read labels.
 */
export const makePersonReport = (
  input: { pubkey: string; ground: ReportGround; eventId?: string; text?: string },
  now: number,
): EventTemplate => {
  const text = input.text?.trim() || undefined
  const { pubkey, eventId } = input
  if (input.ground !== 'scam')
    return makeReport({ pubkey, eventId, text, reason: input.ground }, now)
  const report = makeReport(
    { pubkey, eventId, reason: 'other', text: text ? `Scam: ${text}` : 'Scam' },
    now,
  )
  return { ...report, tags: [...report.tags, ['L', REPORT_LABELS], ['l', 'scam', REPORT_LABELS]] }
}
