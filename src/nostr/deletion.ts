import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { eventAddress, formatAddress, readAddress } from './address'
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
 * Every deletion seen so far, indexed for `isDeleted`. A deletion by address is kept only when its
 * author owns the address; a deletion by id is kept with its author's key, and counts only for an
 * event by that same author — so a stranger can neither delete nor un-delete someone's event.
 */
export type DeletionIndex = {
  /** `<kind>:<pubkey>:<d>` → the newest time its author deleted it (versions up to then are gone). */
  readonly byAddress: Readonly<Record<string, number>>
  /** `<event id>:<pubkey of the deletion's author>` for every deletion by id. */
  readonly byId: Readonly<Record<string, true>>
}

export const emptyDeletionIndex = (): DeletionIndex => ({ byAddress: {}, byId: {} })

/** What a deletion can remove: one event, with its address when it is addressable. */
export type DeletionTarget = { id: string; pubkey: string; createdAt: number; address?: string }

/** Adds deletions to an index; returns the same index when none of them adds anything. */
export const addDeletions = (
  index: DeletionIndex,
  deletions: readonly Deletion[],
): DeletionIndex => {
  let byAddress = index.byAddress
  let byId = index.byId
  for (const { pubkey, createdAt, addresses, eventIds } of deletions) {
    for (const address of addresses) {
      if (address.pubkey !== pubkey) continue
      const key = formatAddress(address)
      if ((byAddress[key] ?? -1) >= createdAt) continue
      if (byAddress === index.byAddress) byAddress = { ...byAddress }
      ;(byAddress as Record<string, number>)[key] = createdAt
    }
    for (const id of eventIds) {
      const key = `${id}:${pubkey}`
      if (byId[key]) continue
      if (byId === index.byId) byId = { ...byId }
      ;(byId as Record<string, true>)[key] = true
    }
  }
  return byAddress === index.byAddress && byId === index.byId ? index : { byAddress, byId }
}

/**
 * Whether the author deleted this event: by its id, or by its address at or after its time.
 * https://github.com/nostr-protocol/nips/blob/master/09.md
 */
export const isDeleted = (target: DeletionTarget, index: DeletionIndex): boolean => {
  if (index.byId[`${target.id}:${target.pubkey}`]) return true
  if (target.address === undefined) return false
  const deletedAt = index.byAddress[target.address]
  return deletedAt !== undefined && target.createdAt <= deletedAt
}

/** The deletion target of a raw event (addressable kinds carry their address). */
export const deletionTargetOf = (event: NostrEvent): DeletionTarget => ({
  id: event.id,
  pubkey: event.pubkey,
  createdAt: event.created_at,
  address: eventAddress(event),
})
