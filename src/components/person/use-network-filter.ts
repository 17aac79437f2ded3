import { useCallback, useEffect, useMemo } from 'react'
import type { WebOfTrust } from '@/nostr/web-of-trust'
import { inNetwork } from '@/nostr/web-of-trust'
import { ensureFollows, useFollows } from '@/stores/follows'
import { useSession } from '@/stores/session'
import type { NetworkMembership } from './hide-people'

/** The "Only people in my network" switch and what it needs to filter a list. */
export type NetworkFilter = NetworkMembership & {
  /** Someone is signed in: the switch is offered (never to signed-out visitors). */
  available: boolean
  /** The switch is on (the network may still be loading). */
  on: boolean
  setOn: (on: boolean) => void
  /** The network is known (only fetched once the switch is on). */
  ready: boolean
  wot?: WebOfTrust
  /** People the viewer follows, and of how many the follow lists were read. */
  followCount: number
  fetchedCount: number
}

/**
 * The viewer's web of trust as a list filter: off by default and for signed-out visitors; when
 * on, the follows and their follows' lists are fetched (see stores/follows.ts), and until they
 * are in nobody is hidden.
 */
export function useNetworkFilter(): NetworkFilter {
  const viewer = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  const onlyNetwork = useFollows((state) => state.onlyNetwork)
  const setOn = useFollows((state) => state.setOnlyNetwork)
  const loaded = useFollows((state) => state.viewer === viewer && state.status === 'loaded')
  const wot = useFollows((state) => (state.viewer === viewer ? state.wot : undefined))
  const followCount = useFollows((state) => state.followCount)
  const fetchedCount = useFollows((state) => state.fetchedCount)
  const on = Boolean(viewer) && onlyNetwork
  useEffect(() => {
    if (viewer && on) ensureFollows(viewer)
  }, [viewer, on])
  const includes = useCallback((pubkey: string) => !wot || inNetwork(wot, pubkey), [wot])
  const ready = loaded && wot !== undefined
  return useMemo(
    () => ({
      available: Boolean(viewer),
      on,
      setOn,
      ready,
      active: on && ready,
      includes,
      wot,
      followCount,
      fetchedCount,
    }),
    [viewer, on, setOn, ready, includes, wot, followCount, fetchedCount],
  )
}
