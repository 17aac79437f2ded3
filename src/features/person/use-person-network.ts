import { useEffect, useMemo, useState } from 'react'
import type { NostrEvent } from 'nostr-tools'
import { fetchEvents } from '@/ndk/fetch-events'
import { Kind } from '@/nostr/kinds'
import type { PersonReputation } from '@/nostr/reputation-person'
import type { NetworkView } from '@/nostr/web-of-trust'
import { buildWebOfTrust, networkView } from '@/nostr/web-of-trust'
import { ensureFollows, useFollows } from '@/stores/follows'
import { readRelayUrls, useRelays } from '@/stores/relays'
import { useSession } from '@/stores/session'

/** What the viewer's network says about a person, once the viewer's follows are loaded. */
export type PersonNetwork =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'ready'; view: NetworkView; followCount: number; fetchedCount: number }

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** Reports (kind 1984) naming `pubkey`, from the app's relays; whose they are is judged after. */
const useReportsAbout = (pubkey: string, enabled: boolean): NostrEvent[] => {
  const [reports, setReports] = useState<{ pubkey: string; events: NostrEvent[] }>()
  useEffect(() => {
    if (!enabled) return
    let current = true
    const relays = readRelayUrls(useRelays.getState())
    void fetchEvents({ kinds: [Kind.Report], '#p': [pubkey], limit: 500 }, { relays }).then(
      (events) => current && setReports({ pubkey, events }),
    )
    return () => {
      current = false
    }
  }, [pubkey, enabled])
  return reports?.pubkey === pubkey ? reports.events : []
}

/**
 * The signed-in viewer's network's view of `pubkey`: how many of the people they follow follow,
 * reviewed, muted (publicly) or reported this person. Reviews come from `reputation`.
 */
export const usePersonNetwork = (
  pubkey: string,
  reputation: PersonReputation | undefined,
): PersonNetwork => {
  const viewer = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  useEffect(() => {
    if (viewer) ensureFollows(viewer)
  }, [viewer])
  const follows = useFollows()
  const reports = useReportsAbout(pubkey, viewer !== undefined && viewer !== pubkey)
  const ready = viewer !== undefined && follows.viewer === viewer && follows.status === 'loaded'
  const view = useMemo(() => {
    if (!ready || !viewer) return undefined
    const wot = buildWebOfTrust(
      { viewer, lists: follows.lists, mutes: follows.mutes, reports },
      nowSeconds(),
    )
    const base = networkView(wot, pubkey)
    if (!reputation) return base
    const authors = new Set([
      ...reputation.asTroubleshooter.reviews.counted.map((v) => v.review.author),
      ...reputation.asBitcoiner.reviews.counted.map((v) => v.review.author),
      ...reputation.unverifiedReviews.map((entry) => entry.author),
    ])
    const reviewedBy = [...authors].filter((author) => wot.follows.has(author)).length
    return { ...base, reviewedBy: { ...base.reviewedBy, value: reviewedBy } }
  }, [ready, viewer, follows.lists, follows.mutes, reports, pubkey, reputation])
  if (!viewer) return { status: 'signed-out' }
  if (!view) return { status: 'loading' }
  return {
    status: 'ready',
    view,
    followCount: follows.followCount,
    fetchedCount: follows.fetchedCount,
  }
}
