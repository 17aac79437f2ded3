import { decode, naddrEncode, npubEncode } from 'nostr-tools/nip19'
import type { Address } from '@/nostr/address'
import { formatAddress, readAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import type { ReadResult } from '@/nostr/read-result'
import { accept, reject } from '@/nostr/read-result'

/**
 * The path of a private thread with `counterpart` (hex), about a ticket when given:
 * `/messages/<npub>?ticket=<naddr>`.
 */
export function threadPath(counterpart: string, ticket?: Address | string): string {
  const base = `/messages/${npubEncode(counterpart)}`
  if (ticket === undefined || ticket === '') return base
  const read = typeof ticket === 'string' ? readAddress(ticket) : accept(ticket)
  if (!read.ok || read.value.kind !== Kind.Ticket) return base
  const { kind, pubkey, d } = read.value
  return `${base}?ticket=${naddrEncode({ kind, pubkey, identifier: d })}`
}

/** Reads the `?ticket=` of a thread page (an naddr of a ticket) as `32767:<pubkey>:<d>`. */
export function readTicketParam(value: string | null | undefined): ReadResult<string | undefined> {
  const text = (value ?? '').trim().replace(/^nostr:/i, '')
  if (text === '') return accept(undefined)
  try {
    const decoded = decode(text)
    if (decoded.type === 'naddr' && decoded.data.kind === Kind.Ticket) {
      const { pubkey, identifier } = decoded.data
      const address = readAddress(`${Kind.Ticket}:${pubkey}:${identifier}`)
      if (address.ok) return accept(formatAddress(address.value))
    }
  } catch {
    // reported below
  }
  return reject('The ticket in this link is damaged or is not a ticket.')
}

/** Reads the `:npub` of a thread page (an npub, an nprofile or 64 hex) as a hex pubkey. */
export function readCounterpartParam(value: string | undefined): ReadResult<string> {
  const text = (value ?? '').trim().replace(/^nostr:/i, '')
  if (/^[0-9a-f]{64}$/.test(text)) return accept(text)
  try {
    const decoded = decode(text)
    if (decoded.type === 'npub') return accept(decoded.data)
    if (decoded.type === 'nprofile') return accept(decoded.data.pubkey)
  } catch {
    // reported below
  }
  return reject('This link does not name a person to write to (an npub1… key).')
}
