import { useEffect, useMemo, useState } from 'react'
import { ensureMuteList } from '@/stores/mute-list-load'
import { mutedBy, useMutes } from '@/stores/mutes'
import { useSession } from '@/stores/session'
import type { NetworkMembership } from './hide-people'
import { hidePeople } from './hide-people'

export type { NetworkMembership }

/** What a list shows once muted people (and, when asked, people outside the network) left it. */
export type HiddenPeople<T> = {
  shown: T[]
  /** Items hidden because their person is muted (0 once "Show anyway" was pressed). */
  muted: number
  /** Items from muted people shown anyway, after "show anyway" (and not hidden by the network). */
  mutedShown: number
  /** Items hidden because their person is not in the viewer's network. */
  outside: number
  /** Shows (or hides again) the items of muted people. */
  setRevealMuted: (reveal: boolean) => void
}

/** The signed-in person's pubkey and whom they muted (their list loads on first use). */
export const useMutedPeople = (): { viewer?: string; muted: ReadonlySet<string> } => {
  const viewer = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  const muted = useMutes((state) => mutedBy(state, viewer))
  useEffect(() => {
    if (viewer) ensureMuteList(viewer)
  }, [viewer])
  return { viewer, muted }
}

/**
 * Leaves out of `items` those whose person (`personOf`) the viewer muted — unless they asked to
 * see them anyway — and, when `network` is on, those outside the viewer's network; counts both,
 * so a screen never hides anyone silently. The viewer's own items always stay.
 */
export function useHiddenPeople<T>(
  items: readonly T[],
  personOf: (item: T) => string,
  network?: NetworkMembership,
): HiddenPeople<T> {
  const { viewer, muted } = useMutedPeople()
  const [revealMuted, setRevealMuted] = useState(false)
  const counted = useMemo(
    () => hidePeople(items, personOf, { viewer, muted, revealMuted, network }),
    [items, personOf, viewer, muted, revealMuted, network],
  )
  return {
    shown: counted.shown,
    muted: counted.mutedCount,
    mutedShown: counted.mutedShown,
    outside: counted.outside,
    setRevealMuted,
  }
}
