import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { formatAddress, readAddress } from './address'
import { readBasics } from './event-shape'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept } from './read-result'
import { isHex64 } from './tags'

/** https://github.com/nostr-protocol/nips/blob/master/09.md — withdraw a ticket, offer or card by address. */
export const makeAddressDeletion = (address: Address, now: number, reason = ''): EventTemplate => ({
  kind: Kind.Deletion,
  created_at: now,
  tags: [
    ['a', formatAddress(address)],
    ['k', String(address.kind)],
  ],
  content: reason,
})

/** NIP-09 deletion of one event by id. */
export const makeEventDeletion = (
  event: { id: string; kind: number },
  now: number,
  reason = '',
): EventTemplate => {
  if (!isHex64(event.id)) throw new Error('a deletion names a 64-hex event id')
  return {
    kind: Kind.Deletion,
    created_at: now,
    tags: [
      ['e', event.id],
      ['k', String(event.kind)],
    ],
    content: reason,
  }
}

/** What a deletion request asks to remove, by whom and when. */
export type Deletion = {
  pubkey: string
  createdAt: number
  addresses: Address[]
  eventIds: string[]
}

/** Reads a kind 5 deletion request; unreadable targets are skipped. */
export const readDeletion = (event: NostrEvent): ReadResult<Deletion> => {
  const basics = readBasics(event, Kind.Deletion, 'a deletion (5)')
  if (!basics.ok) return basics
  const { tags, pubkey, createdAt } = basics.value
  const addresses = tags.flatMap((tag) => {
    if (tag[0] !== 'a') return []
    const read = readAddress(tag[1])
    return read.ok ? [read.value] : []
  })
  const eventIds = tags.flatMap((tag) => (tag[0] === 'e' && isHex64(tag[1]) ? [tag[1]] : []))
  return accept({ pubkey, createdAt, addresses, eventIds })
}

/**
 * Whether `deletion` removes `event`: only its own author can delete it; an address deletion
 * removes the versions published up to the deletion's time.
 */
export const isDeletedBy = (event: NostrEvent, deletion: Deletion): boolean => {
  if (event.pubkey !== deletion.pubkey) return false
  if (deletion.eventIds.includes(event.id)) return true
  const d = event.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
  return deletion.addresses.some(
    (a) =>
      a.kind === event.kind &&
      a.pubkey === event.pubkey &&
      a.d === d &&
      event.created_at <= deletion.createdAt,
  )
}
