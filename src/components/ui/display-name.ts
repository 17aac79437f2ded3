import { npubEncode } from 'nostr-tools/nip19'
import type { Profile } from '@/nostr/profile'

const MAX_NAME = 60

/** A pubkey as a short npub for people, e.g. "npub1f4…9x2k". */
export function shortNpub(pubkey: string): string {
  try {
    const npub = npubEncode(pubkey)
    return `${npub.slice(0, 10)}…${npub.slice(-4)}`
  } catch {
    return `${pubkey.slice(0, 8)}…`
  }
}

/**
 * What to call a person: their display name, else their name, else a short npub. Names are
 * trimmed and cut to a sane length so a hostile profile cannot flood the layout.
 */
export function displayName(pubkey: string, profile?: Profile): string {
  const name = (profile?.displayName ?? '').trim() || (profile?.name ?? '').trim()
  if (!name) return shortNpub(pubkey)
  const chars = Array.from(name)
  return chars.length > MAX_NAME ? `${chars.slice(0, MAX_NAME).join('')}…` : name
}
