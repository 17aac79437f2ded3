import { naddrEncode, npubEncode } from 'nostr-tools/nip19'
import type { Address } from '@/nostr/address'
import { readAddress } from '@/nostr/address'
import { accept } from '@/nostr/read-result'
import { Kind } from '@/nostr/kinds'

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
