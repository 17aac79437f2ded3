import { Kind } from '@/nostr/kinds'
import { readDmRelays, readRelayList } from '@/nostr/relay-list'
import { limitRelayUrls } from '@/nostr/relay-limits'
import { fetchLatest } from '@/ndk/fetch-events'
import { setAuthRelays } from '@/ndk/auth'
import { relayLimits } from './relay-choice'
import { readRelayUrls, useRelays } from './relays'

/** Where someone receives private messages, and how that was decided. */
export type InboxRelays = { relays: string[]; source: 'dm-relays' | 'nip65-read' | 'app' }

const TTL_MS = 5 * 60_000
const found = new Map<string, { at: number; value: InboxRelays }>()

const appRelays = (): string[] => readRelayUrls(useRelays.getState())

/** Someone's kind 10050 DM relays ([] when they published none, or none could be read). */
export const loadDmRelays = async (pubkey: string): Promise<string[]> => {
  const event = await fetchLatest(
    { kinds: [Kind.DirectMessageRelays], authors: [pubkey] },
    { relays: appRelays(), timeoutMs: 4000 },
  )
  if (!event || event.pubkey !== pubkey) return []
  const read = readDmRelays(event)
  return read.ok ? limitRelayUrls(read.value, relayLimits()) : []
}

const loadReadRelays = async (pubkey: string): Promise<string[]> => {
  const event = await fetchLatest(
    { kinds: [Kind.RelayList], authors: [pubkey] },
    { relays: appRelays(), timeoutMs: 4000 },
  )
  if (!event || event.pubkey !== pubkey) return []
  const list = readRelayList(event)
  return list.ok ? limitRelayUrls(list.value.read, relayLimits()) : []
}

/**
 * Where to deliver a message to `pubkey` (NIP-17): their kind 10050 relays, else their NIP-65 read
 * relays, else the app's relays. Found lists are remembered for five minutes.
 */
export const inboxRelaysOf = async (pubkey: string): Promise<InboxRelays> => {
  const cached = found.get(pubkey)
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value
  const [dm, read] = await Promise.all([loadDmRelays(pubkey), loadReadRelays(pubkey)])
  const value: InboxRelays =
    dm.length > 0
      ? { relays: dm, source: 'dm-relays' }
      : read.length > 0
        ? { relays: read, source: 'nip65-read' }
        : { relays: appRelays(), source: 'app' }
  if (value.source !== 'app') found.set(pubkey, { at: Date.now(), value })
  if (value.source === 'dm-relays') allowAuthOnDmRelays()
  return value
}

/** The DM relays of the people written to are the only others the app may authenticate to. */
const allowAuthOnDmRelays = () =>
  setAuthRelays(
    'dm',
    [...found.values()].flatMap(({ value }) => (value.source === 'dm-relays' ? value.relays : [])),
  )

/** Forgets what was learned about someone's inbox relays (e.g. after publishing one's own list). */
export const forgetInboxRelays = (pubkey?: string): void => {
  if (pubkey) found.delete(pubkey)
  else found.clear()
}

/** Relays to suggest to someone without a DM relay list: the app's relays. */
export const suggestedDmRelays = (): string[] => appRelays().slice(0, 3)
