import { decode } from 'nostr-tools/nip19'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'

/** Where a ticket lives, from the `naddr` in its page address. */
export type TicketPointer = { pubkey: string; d: string; relays: string[] }

/** Reads `/ticket/<naddr>`'s naddr; anything but a ticket's naddr comes back as a reason. */
export function decodeTicketAddress(naddr: string | undefined): ReadResult<TicketPointer> {
  const text = (naddr ?? '').trim().replace(/^nostr:/i, '')
  if (!text.startsWith('naddr1'))
    return reject('This link does not contain a ticket address (naddr1…).')
  let decoded: ReturnType<typeof decode>
  try {
    decoded = decode(text)
  } catch {
    return reject('This ticket address is damaged: it may have been cut off or mistyped.')
  }
  if (decoded.type !== 'naddr') return reject('This link does not contain a ticket address.')
  const { kind, pubkey, identifier, relays } = decoded.data
  if (kind !== Kind.Ticket)
    return reject(`This address points at something else (kind ${kind}), not a ticket.`)
  if (!/^[0-9a-f]{64}$/.test(pubkey)) return reject('This ticket address names an invalid author.')
  return accept({ pubkey, d: identifier, relays: relays ?? [] })
}
