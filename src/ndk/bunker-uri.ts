import type { BunkerPointer } from 'nostr-tools/nip46'
import { accept, reject, type ReadResult } from '@/nostr/read-result'
import { cleanRelayUrls } from '@/storage/relay-settings'

const HEX64 = /^[0-9a-f]{64}$/

const NOT_A_BUNKER =
  'That is not a bunker URI. It looks like bunker://<64 hex characters>?relay=wss://… — copy it again from your signer app.'

/** Reads a pasted `bunker://<pubkey>?relay=…&secret=…` URI (NIP-46), with a reason when it is not one. */
export const readBunkerUri = (input: string): ReadResult<BunkerPointer> => {
  const text = input.trim()
  if (text === '') return reject('Paste the bunker URI from your signer app first.')
  if (!text.toLowerCase().startsWith('bunker://')) return reject(NOT_A_BUNKER)
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return reject(NOT_A_BUNKER)
  }
  // bunker://<pubkey> parses with the pubkey as host in browsers, as path in some engines
  const pubkey = (url.hostname || url.pathname.replace(/^\/+/, '')).toLowerCase()
  if (!HEX64.test(pubkey)) return reject(NOT_A_BUNKER)
  const relays = cleanRelayUrls(url.searchParams.getAll('relay'))
  if (relays.length === 0) {
    return reject(
      'This bunker URI names no relay (relay=wss://…), so the app cannot reach the signer.',
    )
  }
  const secret = url.searchParams.get('secret')
  return accept({ pubkey, relays, secret: secret === '' ? null : secret })
}
