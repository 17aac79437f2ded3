import type { Filter, NostrEvent } from 'nostr-tools'
import { anyRelayUp } from '@/ndk/client'
import { subscribe } from '@/ndk/subscribe'
import { Kind } from '@/nostr/kinds'
import { readProfile } from '@/nostr/profile'
import type { ProfileChanges } from '@/nostr/profile-edit'
import { editProfile } from '@/nostr/profile-edit'
import { newestEvent } from '@/nostr/versions'
import { useProfiles } from '@/stores/profiles'
import { usePublishOutbox } from '@/stores/publish-outbox'
import { relaysForFilters, relaysForPublishing } from '@/stores/relay-choice'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import {
  SIGN_IN_FIRST,
  nowSeconds,
  publishAndStore,
  secretsRefusal,
  signedInPubkey,
} from './command-support'

export type { ProfileChanges }

const LOOKUP_TIMEOUT_MS = 6000

/** Events matching `filter`, and how many of the relays asked said they sent all they have. */
const askRelays = (filter: Filter, relays: readonly string[]) =>
  new Promise<{ events: NostrEvent[]; answered: number }>((resolve) => {
    const events: NostrEvent[] = []
    let answered = 0
    subscribe(
      filter,
      {
        onEvent: (event) => events.push(event),
        onState: (states) => {
          answered = Object.values(states).filter((state) => state === 'live').length
        },
        onEose: () => resolve({ events, answered }),
      },
      { relays, closeOnEose: true, eoseTimeoutMs: LOOKUP_TIMEOUT_MS },
    )
  })

const NOT_LOADED =
  'Your current profile could not be loaded, so nothing was published: saving now could erase what it holds (website, banner and other fields). Check your connection and try again.'

/**
 * The newest kind 0 of `me`: from the relays (their own and the app's), and an edit still waiting
 * in the outbox. `undefined` means they have none, which is said only when every relay answered
 * and this device knows of none; otherwise the profile could not be loaded.
 */
export const loadMyProfileEvent = async (
  me: string,
): Promise<{ ok: true; event?: NostrEvent } | { ok: false; reason: string }> => {
  const filter: Filter = { kinds: [Kind.Profile], authors: [me] }
  const relays = [...new Set([...relaysForFilters([filter]), ...relaysForPublishing()])]
  if (!anyRelayUp(relays)) return { ok: false, reason: NOT_LOADED }
  const { events, answered } = await askRelays(filter, relays)
  if (answered === 0) return { ok: false, reason: NOT_LOADED }
  const waiting = Object.values(usePublishOutbox.getState().jobs)
    .map((job) => job.event)
    .filter((event) => event.kind === Kind.Profile && event.pubkey === me)
  const mine = [...events.filter((e) => e.pubkey === me && e.kind === Kind.Profile), ...waiting]
  const newest = newestEvent(mine)
  const known = useProfiles.getState().updatedAt[me]
  if (known !== undefined && (!newest || newest.created_at < known))
    return { ok: false, reason: NOT_LOADED }
  if (!newest && answered < relays.length) return { ok: false, reason: NOT_LOADED }
  return { ok: true, event: newest }
}

/**
 * Edits the signed-in person's kind 0: only the fields in `changes`, every other field and tag of
 * their newest profile kept. Refuses rather than publish over a profile it could not load.
 */
export const saveProfile = async (changes: ProfileChanges): Promise<CommandResult> => {
  const me = signedInPubkey()
  if (!me) return refuse(SIGN_IN_FIRST)
  const secrets = secretsRefusal({
    name: changes.name,
    'about text': changes.about,
    'picture address': changes.picture,
    'lightning address': changes.lud16,
    'NIP-05 address': changes.nip05,
  })
  if (secrets) return refuse(secrets)
  const current = await loadMyProfileEvent(me)
  if (!current.ok) return refuse(current.reason)
  const built = editProfile(current.event, changes, nowSeconds())
  if (!built.ok) return refuse(built.reason)
  const result = await publishAndStore(built.value, 'Your profile')
  if (result.ok) {
    const read = readProfile(result.event)
    if (read.ok) useProfiles.getState().putProfile(read.value, result.event.created_at)
  }
  return result
}
