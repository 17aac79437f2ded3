import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { normalizeRelayUrl } from './safe-url'
import { isHex64 } from './tags'

/** The address of an addressable event (NIP-01): `<kind>:<pubkey>:<d>`, plus an optional relay hint. */
export type Address = { kind: number; pubkey: string; d: string; relay?: string }

/** `<kind>:<pubkey>:<d>`, the form used in `a` tags and `#a` filters. */
export const formatAddress = (address: Address): string =>
  `${address.kind}:${address.pubkey}:${address.d}`

/** Whether two addresses name the same event (the relay hint does not matter). */
export const sameAddress = (a: Address | undefined, b: Address | undefined): boolean =>
  a !== undefined && b !== undefined && formatAddress(a) === formatAddress(b)

/** Parses `<kind>:<pubkey>:<d>`; the `d` may itself contain colons. */
export const readAddress = (value: unknown): ReadResult<Address> => {
  if (typeof value !== 'string' || value === '') return reject('the address is empty')
  const [kindText, pubkey, ...rest] = value.split(':')
  const d = rest.join(':')
  if (kindText === undefined || !/^\d{1,5}$/.test(kindText)) {
    return reject(`the address "${value.slice(0, 80)}" does not start with a kind number`)
  }
  const kind = Number(kindText)
  if (kind < 30000 || kind > 39999) return reject(`kind ${kind} is not an addressable kind`)
  if (!isHex64(pubkey))
    return reject(`the address has a malformed pubkey "${(pubkey ?? '').slice(0, 80)}"`)
  if (rest.length === 0) return reject('the address has no d identifier')
  return accept({ kind, pubkey, d })
}

/**
 * Reads an `["a", "<address>", "<relay hint>"]` tag. A third slot that is not a relay URL (SatShoot
 * writes a unix timestamp there) is ignored, as if no hint was given.
 */
export const readAddressTag = (tag: readonly string[] | undefined): ReadResult<Address> => {
  if (!tag || tag[0] !== 'a') return reject('there is no a tag')
  const address = readAddress(tag[1])
  if (!address.ok) return address
  const relay = normalizeRelayUrl(tag[2])
  return accept(relay ? { ...address.value, relay } : address.value)
}

/** An `a` tag for `address`: the third slot is the relay hint or empty, never anything else. */
export const addressTag = (address: Address): string[] => [
  'a',
  formatAddress(address),
  normalizeRelayUrl(address.relay) ?? '',
]

/** Accepts an Address or its string form; used by builders that take either. */
export const toAddress = (value: Address | string): ReadResult<Address> => {
  if (typeof value === 'string') return readAddress(value)
  const read = readAddress(formatAddress(value))
  const relay = normalizeRelayUrl(value.relay)
  return read.ok && relay ? accept({ ...read.value, relay }) : read
}

/**
 * The address (`<kind>:<pubkey>:<d>`) a raw event is a version of, when its kind is addressable
 * (30000–39999; a missing `d` tag counts as the empty identifier); undefined for other kinds.
 */
export const eventAddress = (event: {
  kind: number
  pubkey: string
  tags: readonly (readonly string[])[]
}): string | undefined => {
  if (event.kind < 30000 || event.kind >= 40000) return undefined
  const d = event.tags.find((tag) => tag[0] === 'd')?.[1] ?? ''
  return `${event.kind}:${event.pubkey}:${d}`
}
