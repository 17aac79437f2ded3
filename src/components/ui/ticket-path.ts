import { naddrEncode } from 'nostr-tools/nip19'
import { Kind } from '@/nostr/kinds'

/** The app path of a ticket page, `/ticket/<naddr>`, from its author and `d` tag. */
export function ticketPath(pubkey: string, d: string, relays: string[] = []): string {
  return `/ticket/${naddrEncode({ kind: Kind.Ticket, pubkey, identifier: d, relays })}`
}
