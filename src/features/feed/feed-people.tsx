import { useEffect } from 'react'
import { NetworkSwitch } from '@/components/person/network-switch'
import { useMutedPeople } from '@/components/person/use-hidden-people'
import type { NetworkFilter } from '@/components/person/use-network-filter'
import { useNetworkFilter } from '@/components/person/use-network-filter'

/** Whom the signed-in viewer hides: their mutes and, when switched on, their network. */
export type FeedPeople = {
  viewer?: string
  muted: ReadonlySet<string>
  network: NetworkFilter
}

/**
 * Loaded only for a signed-in person, after the feed's first screen: watches their mute list and
 * web of trust and hands them to the feed (which hides with the pure `hidePeople`), and shows the
 * "Only people in my network" switch. Signed-out visitors never download any of it.
 */
export default function FeedPeopleWatch({ onChange }: { onChange: (people: FeedPeople) => void }) {
  const { viewer, muted } = useMutedPeople()
  const network = useNetworkFilter()
  useEffect(() => onChange({ viewer, muted, network }), [onChange, viewer, muted, network])
  return <NetworkSwitch filter={network} />
}
