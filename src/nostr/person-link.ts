import { decode } from 'nostr-tools/nip19'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'

/** Reads the person in `/p/<npub>` (an npub, an nprofile or 64 hex) as a hex pubkey. */
export function decodePerson(value: string | undefined): ReadResult<string> {
  const text = (value ?? '').trim().replace(/^nostr:/i, '')
  if (/^[0-9a-f]{64}$/.test(text)) return accept(text)
  if (!text.startsWith('npub1') && !text.startsWith('nprofile1')) {
    return reject('This link does not contain a nostr public key (npub1…).')
  }
  try {
    const decoded = decode(text)
    if (decoded.type === 'npub') return accept(decoded.data)
    if (decoded.type === 'nprofile') return accept(decoded.data.pubkey)
  } catch {
    // falls through to the message below
  }
  return reject('This public key is damaged: it may have been cut off or mistyped.')
}
