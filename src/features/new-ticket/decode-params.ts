import { decode } from 'nostr-tools/nip19'
import type { Address } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'

const HEX64 = /^[0-9a-f]{64}$/

/** The troubleshooter named by `?to=` (an npub, nprofile or 64 hex), or undefined if unreadable. */
export function decodeTroubleshooter(value: string | null): string | undefined {
  const text = (value ?? '').trim().replace(/^nostr:/i, '')
  if (HEX64.test(text)) return text
  try {
    const decoded = decode(text)
    if (decoded.type === 'npub') return decoded.data
    if (decoded.type === 'nprofile') return decoded.data.pubkey
  } catch {
    // an unreadable link is answered by the caller
  }
  return undefined
}

/** The ticket named by `?edit=` or `?reopen=` (a ticket's naddr), or undefined if it is not one. */
export function decodeTicketNaddr(value: string | null): Address | undefined {
  const text = (value ?? '').trim().replace(/^nostr:/i, '')
  if (!text.startsWith('naddr1')) return undefined
  try {
    const decoded = decode(text)
    if (decoded.type !== 'naddr' || decoded.data.kind !== Kind.Ticket) return undefined
    if (!HEX64.test(decoded.data.pubkey)) return undefined
    return { kind: Kind.Ticket, pubkey: decoded.data.pubkey, d: decoded.data.identifier }
  } catch {
    return undefined
  }
}
