import { Kind } from '@/nostr/kinds'
import { readRelayList } from '@/nostr/relay-list'
import { useRelays } from '@/stores/relays'
import { useSession } from '@/stores/session'
import { fetchLatest } from './fetch-events'

/**
 * Loads the signed-in person's NIP-65 relay list (kind 10002) and honours it: their write relays
 * join the relays the app publishes to, all of them the relays their own data is read from.
 */
export const loadUserRelayList = async (pubkey: string): Promise<void> => {
  const event = await fetchLatest({ kinds: [Kind.RelayList], authors: [pubkey] })
  if (!event || useSession.getState().pubkey !== pubkey) return
  const list = readRelayList(event)
  if (list.ok) useRelays.getState().setUserRelayList(list.value)
}
