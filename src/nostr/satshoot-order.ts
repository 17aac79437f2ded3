import type { NostrEvent } from 'nostr-tools'
import type { Address } from './address'
import { readAddressTag } from './address'
import { readBasics, readD } from './event-shape'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { tagValue } from './tags'

/** SatShoot's Freelance Order: a Bitcoiner orders a troubleshooter's card (service) directly. */
export const SATSHOOT_ORDER_KIND = 32766

export type OrderStatus = 'open' | 'fulfilled' | 'failed'

/** A SatShoot order (kind 32766), read for reputation: who ordered which card, and how it ended. */
export type SatShootOrder = {
  id: string
  /** The client (Bitcoiner) who placed the order. */
  pubkey: string
  d: string
  address: Address
  /** The card/service ordered (its `a`, kind 32765). */
  service: Address
  status: OrderStatus
  createdAt: number
}

const STATUS: Record<string, OrderStatus> = { '0': 'open', '1': 'fulfilled', '2': 'failed' }

/**
 * Reads a SatShoot order (https://github.com/Pleb5/satshoot, EVENT_STRUCTURE.md): `d`, `s`
 * 0 open / 1 fulfilled / 2 failed, `["a", "32765:<troubleshooter>:<card d>"]`. Rejected: wrong
 * kind, no `d`, an unknown status, no card address, ordering one's own card.
 */
export const readSatShootOrder = (event: NostrEvent): ReadResult<SatShootOrder> => {
  const basics = readBasics(event, SATSHOOT_ORDER_KIND, 'an order (32766)')
  if (!basics.ok) return basics
  const { tags, pubkey, createdAt } = basics.value
  const d = readD(tags)
  if (!d.ok) return d
  const status = STATUS[tagValue(tags, 's') ?? '']
  if (!status) return reject('its status is not 0, 1 or 2')
  const service = readAddressTag(tags.find((tag) => tag[0] === 'a'))
  if (!service.ok) return reject(`it names no card it orders: ${service.reason}`)
  if (service.value.kind !== Kind.TroubleshooterCard)
    return reject(`it orders kind ${service.value.kind}, not a card (32765)`)
  if (service.value.pubkey === pubkey) return reject('its author orders their own card')
  return accept({
    id: event.id,
    pubkey,
    d: d.value,
    address: { kind: SATSHOOT_ORDER_KIND, pubkey, d: d.value },
    service: service.value,
    status,
    createdAt,
  })
}

/** The orders a card (SatShoot service) accepted: the troubleshooter lists each in an `a` tag. */
export type CardOrders = {
  id: string
  pubkey: string
  address: Address
  createdAt: number
  /** Accepted orders (kind 32766 addresses); anything else in `a` is ignored. */
  orders: Address[]
}

/**
 * Reads which orders a card (kind 32765) accepted: SatShoot adds `["a", "32766:<client>:<order d>",
 * "<accepted at>"]` to the service when its freelancer takes an order. Other `a` tags are ignored.
 */
export const readCardOrders = (event: NostrEvent): ReadResult<CardOrders> => {
  const basics = readBasics(event, Kind.TroubleshooterCard, 'a card (32765)')
  if (!basics.ok) return basics
  const { tags, pubkey, createdAt } = basics.value
  const d = readD(tags)
  if (!d.ok) return d
  const orders = tags.flatMap((tag) => {
    if (tag[0] !== 'a') return []
    const read = readAddressTag(tag)
    return read.ok && read.value.kind === SATSHOOT_ORDER_KIND ? [read.value] : []
  })
  return accept({
    id: event.id,
    pubkey,
    address: { kind: Kind.TroubleshooterCard, pubkey, d: d.value },
    createdAt,
    orders,
  })
}
