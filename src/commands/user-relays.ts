import { Kind } from '@/nostr/kinds'
import { limitRelayUrls } from '@/nostr/relay-limits'
import { makeDmRelays, readRelayList } from '@/nostr/relay-list'
import { fetchLatest } from '@/ndk/fetch-events'
import { forgetInboxRelays } from '@/stores/dm-relays'
import { relayLimits } from '@/stores/relay-choice'
import { readRelayUrls, useRelays } from '@/stores/relays'
import { useSession } from '@/stores/session'
import type { CommandResult } from './command-result'
import { nowSeconds, publishAndStore } from './command-support'

/**
 * Loads the signed-in person's NIP-65 relay list (kind 10002) and honours it, within the limits
 * every relay list gets (src/nostr/relay-limits.ts): their write relays join the relays the app
 * publishes to, all of them the relays their own data is read from.
 */
export const loadUserRelayList = async (pubkey: string): Promise<void> => {
  const event = await fetchLatest(
    { kinds: [Kind.RelayList], authors: [pubkey] },
    { relays: readRelayUrls(useRelays.getState()) },
  )
  if (!event || useSession.getState().pubkey !== pubkey) return
  const list = readRelayList(event)
  if (!list.ok) return
  const limits = relayLimits()
  useRelays.getState().setUserRelayList({
    read: limitRelayUrls(list.value.read, limits),
    write: limitRelayUrls(list.value.write, limits),
  })
}

/** Publishes my kind 10050 DM relay list (NIP-17), so others know where to send me messages. */
export const publishDmRelays = async (urls: readonly string[]): Promise<CommandResult> => {
  const result = await publishAndStore(makeDmRelays(urls, nowSeconds()), 'Your DM relay list')
  if (result.ok) forgetInboxRelays(result.event.pubkey)
  return result
}
