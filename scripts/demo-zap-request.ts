import type { NostrEvent } from 'nostr-tools'
import { validateZapRequest } from 'nostr-tools/nip57'

/** What the demo LNURL server accepts, in millisats (1 sat to 1,000,000 sats). */
export const MIN_SENDABLE_MSATS = 1_000
export const MAX_SENDABLE_MSATS = 1_000_000_000
/** A longer `nostr` parameter is refused unread. */
const MAX_ZAP_REQUEST_CHARS = 16_000

export type CheckedCallback =
  { ok: true; amountMsats: number; relays: string[] } | { ok: false; reason: string }

const ADDRESS = /^3\d{4}:[0-9a-f]{64}:/

/**
 * The LNURL server's side of a zap (NIP-57 appendix D), written apart from the app's reader so the
 * two check each other: nostr-tools' validateZapRequest (JSON, signature, a hex `p`, a `relays`
 * tag) plus one `p` only and it is the address's owner, at most one `e` and `P`, an `a` that is an
 * event address, and an `amount` tag equal to the `amount` parameter. Without `nostr` it is a
 * plain LUD-06 payment.
 */
export const checkZapRequestParam = (
  amountText: string | null,
  nostr: string | null,
  owner: string,
): CheckedCallback => {
  const amountMsats = Number(amountText)
  if (!/^\d{1,15}$/.test(amountText ?? '') || amountMsats < MIN_SENDABLE_MSATS)
    return { ok: false, reason: 'Amount missing or too small.' }
  if (amountMsats > MAX_SENDABLE_MSATS) return { ok: false, reason: 'Amount too large.' }
  if (nostr === null) return { ok: true, amountMsats, relays: [] }
  if (nostr.length > MAX_ZAP_REQUEST_CHARS) return { ok: false, reason: 'Zap request too long.' }
  const problem = validateZapRequest(nostr)
  if (problem) return { ok: false, reason: problem }
  const { tags } = JSON.parse(nostr) as NostrEvent
  const named = (name: string) => tags.filter((tag) => tag[0] === name)
  const p = named('p')
  if (p.length !== 1) return { ok: false, reason: 'Zap request must have exactly one p tag.' }
  if (p[0]?.[1] !== owner) return { ok: false, reason: 'Zap request is for someone else.' }
  if (named('e').length > 1) return { ok: false, reason: 'Zap request has more than one e tag.' }
  if (named('P').length > 1) return { ok: false, reason: 'Zap request has more than one P tag.' }
  const a = named('a')
  if (a.length > 1 || (a[0] && !ADDRESS.test(a[0][1] ?? '')))
    return { ok: false, reason: 'Zap request a tag is not one event coordinate.' }
  const amountTag = named('amount')[0]?.[1]
  if (amountTag !== undefined && amountTag !== amountText)
    return { ok: false, reason: 'Zap request amount does not match the amount parameter.' }
  return { ok: true, amountMsats, relays: named('relays')[0]?.slice(1) ?? [] }
}
