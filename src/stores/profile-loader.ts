import { Kind } from '@/nostr/kinds'
import { readProfile } from '@/nostr/profile'
import { useProfiles } from './profiles'
import { readRelayUrls, useRelays } from './relays'
import { fetchEvents } from '@/ndk/fetch-events'

const BATCH_DELAY_MS = 50
const BATCH_SIZE = 100

const requested = new Set<string>()
let queue: string[] = []
let flushTimer: ReturnType<typeof setTimeout> | undefined

const flush = async () => {
  flushTimer = undefined
  const pubkeys = queue
  queue = []
  for (let i = 0; i < pubkeys.length; i += BATCH_SIZE) {
    const authors = pubkeys.slice(i, i + BATCH_SIZE)
    const events = await fetchEvents(
      { kinds: [Kind.Profile], authors },
      { relays: readRelayUrls(useRelays.getState()) },
    )
    const { putProfile } = useProfiles.getState()
    for (const event of events) {
      if (!authors.includes(event.pubkey)) continue
      const profile = readProfile(event)
      if (profile.ok) putProfile(profile.value, event.created_at)
    }
  }
}

/**
 * Loads a person's profile (kind 0) into the profiles store. Calls made within a few
 * milliseconds of each other are batched into one request; each pubkey is asked for once unless
 * `refresh` is set.
 */
export const loadProfile = (pubkey: string, refresh = false): void => {
  if (!/^[0-9a-f]{64}$/.test(pubkey)) return
  if (requested.has(pubkey) && !refresh) return
  requested.add(pubkey)
  queue.push(pubkey)
  flushTimer ??= setTimeout(() => void flush(), BATCH_DELAY_MS)
}
