import { useEffect, useState } from 'react'
import { loadUserRelayList } from '@/commands/user-relays'

/** Where the look-up of the person's published relay list (kind 10002) stands. */
export type RelayListCheck = 'idle' | 'checking' | 'done'

/**
 * Asks the relays for the signed-in person's NIP-65 list (the store gets it when found) and
 * says when the answer is in, so the page never claims "none found" while it is still looking.
 */
export function useRelayListCheck(pubkey: string | undefined): RelayListCheck {
  const [check, setCheck] = useState<{ pubkey?: string; done: boolean }>({ done: false })
  useEffect(() => {
    if (!pubkey) return
    let active = true
    void loadUserRelayList(pubkey)
      .catch((error: unknown) => console.warn('Could not load the relay list', error))
      .finally(() => {
        if (active) setCheck({ pubkey, done: true })
      })
    return () => {
      active = false
    }
  }, [pubkey])
  if (!pubkey) return 'idle'
  return check.pubkey === pubkey && check.done ? 'done' : 'checking'
}
