/** What the people filter needs of the viewer's network: whether it applies, and who is in it. */
export type NetworkMembership = {
  /** The switch is on and the network is known: people outside it are hidden. */
  active: boolean
  includes: (pubkey: string) => boolean
}

/** Whom a list hides: the viewer's mutes (unless revealed) and, when on, their network. */
export type PeopleRules = {
  viewer?: string
  muted: ReadonlySet<string>
  /** "Show anyway" was pressed: muted people's items pass (the network may still hide them). */
  revealMuted: boolean
  network?: NetworkMembership
}

/**
 * Splits `items` into what a list shows and what it hides, counted by reason: muted first, then
 * outside the network. The viewer's own items always show. `mutedShown` counts muted people's
 * items actually shown after "show anyway".
 */
export const hidePeople = <T>(
  items: readonly T[],
  personOf: (item: T) => string,
  { viewer, muted, revealMuted, network }: PeopleRules,
): { shown: T[]; mutedCount: number; mutedShown: number; outside: number } => {
  const shown: T[] = []
  let mutedCount = 0
  let mutedShown = 0
  let outside = 0
  for (const item of items) {
    const person = personOf(item)
    const isMuted = person !== viewer && muted.has(person)
    if (isMuted && !revealMuted) {
      mutedCount++
      continue
    }
    if (person !== viewer && network?.active && !network.includes(person)) {
      outside++
      continue
    }
    if (isMuted) mutedShown++
    shown.push(item)
  }
  return { shown, mutedCount, mutedShown, outside }
}
