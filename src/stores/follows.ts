import type { NostrEvent } from 'nostr-tools'
import { create } from 'zustand'
import { onSignerChange, currentSigner } from '@/ndk/current-signer'
import { fetchEvents } from '@/ndk/fetch-events'
import { Kind } from '@/nostr/kinds'
import type { WebOfTrust } from '@/nostr/web-of-trust'
import { buildWebOfTrust } from '@/nostr/web-of-trust'
import { deviceStorage } from '@/storage/device-storage'
import { ownDataRelayUrls, readRelayUrls, useRelays } from './relays'

/**
 * What the web of trust is built from (src/nostr/web-of-trust.ts does the maths): the signed-in
 * person's follows — kind 3 and SatShoot's "freelance follows" (kind 30000, `d` = `freelance`) —
 * and, for at most MAX_FOLLOWS_FETCHED of those follows, their own follow lists and public mute
 * lists. Fetched once per sign-in from the relays.
 */

/** Follows whose own lists are fetched, at most (the first ones in the viewer's lists). */
export const MAX_FOLLOWS_FETCHED = 500
/** Authors per request. */
const BATCH = 100
const FREELANCE = 'freelance'
const ONLY_NETWORK_KEY = 'bt:only-network'

type FollowsState = {
  /** Whose network this is. */
  viewer?: string
  status: 'idle' | 'loading' | 'loaded'
  /** Kind 3 and freelance follow sets (kind 30000) of the viewer and of the follows fetched. */
  lists: NostrEvent[]
  /** Kind 10000 mute lists of the follows fetched (only their public items are readable). */
  mutes: NostrEvent[]
  /** How many people the viewer follows, and of how many the lists were fetched. */
  followCount: number
  fetchedCount: number
  /** The viewer's web of trust, built once the lists are in (src/nostr/web-of-trust.ts). */
  wot?: WebOfTrust
  /** The "Only people in my network" switch (this device's preference; off by default). */
  onlyNetwork: boolean
}

type FollowsActions = {
  /** Turns "Only people in my network" on or off (kept on this device). */
  setOnlyNetwork: (on: boolean) => void
}

const readPreference = () => {
  try {
    return deviceStorage().getItem(ONLY_NETWORK_KEY) === '1'
  } catch {
    return false
  }
}

export const useFollows = create<FollowsState & FollowsActions>()((set) => ({
  status: 'idle',
  lists: [],
  mutes: [],
  followCount: 0,
  fetchedCount: 0,
  onlyNetwork: readPreference(),
  setOnlyNetwork: (on) => {
    try {
      if (on) deviceStorage().setItem(ONLY_NETWORK_KEY, '1')
      else deviceStorage().removeItem(ONLY_NETWORK_KEY)
    } catch {
      // a blocked storage keeps the choice for this tab only
    }
    set({ onlyNetwork: on })
  },
}))

const followListFilters = (authors: string[]) => [
  { kinds: [Kind.Follows], authors },
  { kinds: [Kind.FollowSet], authors, '#d': [FREELANCE] },
]

const nowSeconds = () => Math.floor(Date.now() / 1000)

let loadedFor: string | undefined
let stopListening: (() => void) | undefined

/**
 * Loads the viewer's follows and, for the first MAX_FOLLOWS_FETCHED of them, their follow lists
 * and mute lists, once per sign-in. Signing out forgets them.
 */
export const ensureFollows = (viewer: string): void => {
  if (loadedFor === viewer) return
  loadedFor = viewer
  stopListening ??= onSignerChange(() => {
    if (currentSigner()?.pubkey === useFollows.getState().viewer) return
    loadedFor = undefined
    useFollows.setState({ viewer: undefined, status: 'idle', lists: [], mutes: [], wot: undefined })
  })
  useFollows.setState({ viewer, status: 'loading', lists: [], mutes: [], wot: undefined })
  void (async () => {
    const own = ownDataRelayUrls(useRelays.getState())
    const mine = (await fetchEvents(followListFilters([viewer]), { relays: own })).filter(
      (event) => event.pubkey === viewer,
    )
    const follows = [...buildWebOfTrust({ viewer, lists: mine }, nowSeconds()).follows]
    const fetched = follows.slice(0, MAX_FOLLOWS_FETCHED)
    const relays = readRelayUrls(useRelays.getState())
    const batches = []
    for (let i = 0; i < fetched.length; i += BATCH) {
      const authors = fetched.slice(i, i + BATCH)
      batches.push(
        fetchEvents([...followListFilters(authors), { kinds: [Kind.MuteList], authors }], {
          relays,
        }),
      )
    }
    const theirs = (await Promise.all(batches)).flat()
    if (loadedFor !== viewer) return
    const asked = new Set(fetched)
    const byFollows = theirs.filter((event) => asked.has(event.pubkey))
    const lists = [...mine, ...byFollows.filter((event) => event.kind !== Kind.MuteList)]
    const mutes = byFollows.filter((event) => event.kind === Kind.MuteList)
    useFollows.setState({
      status: 'loaded',
      lists,
      mutes,
      wot: buildWebOfTrust({ viewer, lists, mutes }, nowSeconds()),
      followCount: follows.length,
      fetchedCount: fetched.length,
    })
  })()
}
