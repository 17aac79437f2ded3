import { useEffect, useMemo, useState } from 'react'
import type { NostrEvent } from 'nostr-tools'
import { fetchEvents } from '@/ndk/fetch-events'
import { Kind } from '@/nostr/kinds'
import type { PersonReputation } from '@/nostr/reputation-person'
import type { NetworkView } from '@/nostr/web-of-trust'
import { networkView } from '@/nostr/web-of-trust'
import { ensureFollows, useFollows } from '@/stores/follows'
import { readRelayUrls, useRelays } from '@/stores/relays'
import { useSession } from '@/stores/session'

/** What the viewer's network says about a person, once the viewer's follows are loaded. */
export type PersonNetwork =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'ready'; view: NetworkView; followCount: number; fetchedCount: number }

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

/** How many of the people the viewer follows wrote one of `reviews` or `reports` about them. */
const countFollows = (follows: ReadonlySet<string>, authors: Iterable<string>): number =>
  new Set([...authors].filter((author) => follows.has(author))).size

/**
 * The signed-in viewer's network's view of `pubkey` (their web of trust from stores/follows.ts):
 * how many of the people they follow follow, reviewed (from `reputation`), publicly muted or
 * reported this person (reports naming them are fetched here).
 */
export const usePersonNetwork = (
  pubkey: string,
  reputation: PersonReputation | undefined,
): PersonNetwork => {
  const viewer = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  useEffect(() => {
    if (viewer) ensureFollows(viewer)
  }, [viewer])
  const wot = useFollows((state) =>
    state.viewer === viewer && state.status === 'loaded' ? state.wot : undefined,
  )
  const followCount = useFollows((state) => state.followCount)
  const fetchedCount = useFollows((state) => state.fetchedCount)
  const reports = useReportsAbout(pubkey, viewer !== undefined && viewer !== pubkey)
  const view = useMemo(() => {
    if (!wot) return undefined
    const base = networkView(wot, pubkey)
    const reporters = reports
      .filter((r) => r.kind === Kind.Report && r.tags.some((t) => t[0] === 'p' && t[1] === pubkey))
      .map((r) => r.pubkey)
    const reviewers = reputation
      ? [
          ...reputation.asTroubleshooter.reviews.counted.map((v) => v.review.author),
          ...reputation.asBitcoiner.reviews.counted.map((v) => v.review.author),
          ...reputation.unverifiedReviews.map((entry) => entry.author),
        ]
      : []
    return {
      ...base,
      reviewedBy: { ...base.reviewedBy, value: countFollows(wot.follows, reviewers) },
      reportedBy: { ...base.reportedBy, value: countFollows(wot.follows, reporters) },
    }
  }, [wot, reports, pubkey, reputation])
  if (!viewer) return { status: 'signed-out' }
  if (!view) return { status: 'loading' }
  return { status: 'ready', view, followCount, fetchedCount }
}
