import { formatAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import { decodePerson } from '@/nostr/person-link'
import type { ReadResult } from '@/nostr/read-result'
import { accept } from '@/nostr/read-result'
import { decodeTicketAddress } from '@/nostr/ticket-link'

/** Reads the `?ticket=` of a thread page (an naddr of a ticket) as `32767:<pubkey>:<d>`. */
export function readTicketParam(value: string | null | undefined): ReadResult<string | undefined> {
  if ((value ?? '').trim() === '') return accept(undefined)
  const pointer = decodeTicketAddress(value ?? '')
  if (!pointer.ok) return pointer
  const { pubkey, d } = pointer.value
  return accept(formatAddress({ kind: Kind.Ticket, pubkey, d }))
}

/** Reads the `:npub` of a thread page (an npub, an nprofile or 64 hex) as a hex pubkey. */
export const readCounterpartParam = decodePerson
