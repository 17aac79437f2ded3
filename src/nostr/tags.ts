/** Small helpers over nostr tag arrays (`string[][]`), shared by the readers and builders. */

export type Tag = string[]

/** The second slot of the first tag named `name`, if any. */
export const tagValue = (tags: readonly Tag[], name: string): string | undefined =>
  tags.find((tag) => tag[0] === name)?.[1]

/** The second slot of every tag named `name`. */
export const tagValues = (tags: readonly Tag[], name: string): string[] =>
  tags.flatMap((tag) => (tag[0] === name && tag[1] !== undefined ? [tag[1]] : []))

/** Every tag named `name`. */
export const tagsNamed = (tags: readonly Tag[], name: string): Tag[] =>
  tags.filter((tag) => tag[0] === name)

/** A nostr public key or event id: exactly 64 lowercase hex characters. */
export const isHex64 = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)

/** A whole, non-negative number written in decimal digits only (no sign, no exponent). */
export const readWholeNumber = (value: string | undefined): number | undefined => {
  if (value === undefined || !/^\d{1,15}$/.test(value.trim())) return undefined
  return Number(value.trim())
}

/**
 * Replaces the tags named `name` with `replacement`, in place of the first one (or appended when
 * there was none), keeping every other tag and their order. An empty replacement removes them.
 */
export const setTags = (tags: readonly Tag[], name: string, replacement: readonly Tag[]): Tag[] => {
  const index = tags.findIndex((tag) => tag[0] === name)
  const others = tags.filter((tag) => tag[0] !== name).map((tag) => [...tag])
  const fresh = replacement.map((tag) => [...tag])
  if (index < 0) return [...others, ...fresh]
  const before = tags.slice(0, index).filter((tag) => tag[0] !== name).length
  return [...others.slice(0, before), ...fresh, ...others.slice(before)]
}

/** `setTags` for a single-valued tag; `undefined` removes it. */
export const setTag = (tags: readonly Tag[], name: string, value: string | undefined): Tag[] =>
  setTags(tags, name, value === undefined ? [] : [[name, value]])

/** Copies tags deeply so an edit never mutates the event it started from. */
export const copyTags = (tags: readonly Tag[]): Tag[] => tags.map((tag) => [...tag])
