import type { Tag } from './tags'

/**
 * How much of a stranger's event the readers keep (docs/PROTOCOL.md, "Sizes on read"). Anyone
 * can attach an offer to any ticket or send a 65 KB message; beyond these limits a text is cut
 * (the reader says how much, so the screen can say so) and later tags are not read. Each limit
 * is well above what this app lets a person write.
 */
export const READ_LIMITS = {
  /** Ticket and card titles, in characters (we write at most 140). */
  title: 300,
  /** Ticket descriptions (we write at most 20,000). */
  description: 32_000,
  /** Cover letters (we write at most 10,000). */
  coverLetter: 16_000,
  /** Message text (NIP-44 allows 65,535 bytes). */
  message: 32_000,
  /** A card's about text (we write at most 10,000). */
  about: 16_000,
  /** Tags read from one event. */
  tags: 500,
  /** Topics kept from one ticket or card (we write at most 5). */
  topics: 10,
} as const

/** A text cut to a limit, and how many characters (code points) were cut off. */
export type CappedText = { text: string; cut: number }

/** `text` cut to at most `max` characters (code points, never half a surrogate pair). */
export const capText = (text: string, max: number): CappedText => {
  if (text.length <= max) return { text, cut: 0 }
  let index = 0
  let kept = 0
  while (index < text.length && kept < max) {
    index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
    kept += 1
  }
  let cut = 0
  for (let rest = index; rest < text.length; cut += 1) {
    rest += (text.codePointAt(rest) ?? 0) > 0xffff ? 2 : 1
  }
  return { text: text.slice(0, index), cut }
}

/** A title cut to `READ_LIMITS.title` characters, with "…" when it was longer. */
export const capTitle = (title: string): string => {
  const capped = capText(title, READ_LIMITS.title)
  return capped.cut > 0 ? `${capped.text.trimEnd()}…` : capped.text
}

/** The tags a reader looks at: the first `READ_LIMITS.tags`. */
export const readableTags = (tags: Tag[]): Tag[] =>
  tags.length > READ_LIMITS.tags ? tags.slice(0, READ_LIMITS.tags) : tags
