import { useEffect, useState } from 'react'
import { subscribe } from '@/ndk/subscribe'
import { Kind } from '@/nostr/kinds'
import type { Ticket } from '@/nostr/ticket'
import { readTicket } from '@/nostr/ticket'

export type TicketLookup =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'unreadable'; reason: string }
  | { state: 'found'; ticket: Ticket }

/** True when `candidate` replaces `current` (newer created_at; on a tie the lower id). */
const isNewer = (
  candidate: { created_at: number; id: string },
  current?: { created_at: number; id: string },
) =>
  !current ||
  candidate.created_at > current.created_at ||
  (candidate.created_at === current.created_at && candidate.id < current.id)

/** One ticket by author and `d`, kept live: edits and status changes show as they arrive. */
export function useTicket(pubkey: string, d: string): TicketLookup {
  const [lookup, setLookup] = useState<TicketLookup>({ state: 'loading' })
  useEffect(() => {
    setLookup({ state: 'loading' })
    let newest: { created_at: number; id: string } | undefined
    return subscribe(
      { kinds: [Kind.Ticket], authors: [pubkey], '#d': [d] },
      {
        onEvent: (event) => {
          // Only the author's newest version counts, even when it is unreadable.
          if (event.pubkey !== pubkey || !isNewer(event, newest)) return
          newest = event
          const read = readTicket(event)
          setLookup(
            read.ok
              ? { state: 'found', ticket: read.value }
              : { state: 'unreadable', reason: read.reason },
          )
        },
        onEose: () =>
          setLookup((current) => (current.state === 'loading' ? { state: 'not-found' } : current)),
      },
    )
  }, [pubkey, d])
  return lookup
}
