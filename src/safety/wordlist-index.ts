/**
 * A BIP-39 wordlist ready for lookups: words folded for comparison (lower case, Latin accents
 * removed, NFKD like BIP-39 itself), and for lists whose words are unique in their first four
 * letters, those four letters too ("aban" is enough to restore "abandon").
 */
export type Wordlist = {
  name: string
  words: readonly string[]
  index: ReadonlyMap<string, number>
  /** Four-letter beginnings of longer words (lists whose words are unique in four letters). */
  short?: ReadonlyMap<string, number>
  /** Longest folded word, for splitting words written without spaces. */
  longest: number
  /** Words written without spaces can be split again (alphabetic lists only). */
  joinable: boolean
}

const ASCII_LOWER = /^[a-z]*$/

/** How a word is compared: NFKD, without Latin accents, in lower case. */
export const foldWord = (word: string): string => {
  const lower = word.toLowerCase()
  if (ASCII_LOWER.test(lower)) return lower
  return lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
}

/** Builds the lookups of one wordlist. */
export function indexWordlist(
  name: string,
  words: readonly string[],
  alphabetic: boolean,
): Wordlist {
  const folded = words.map(foldWord)
  const index = new Map(folded.map((word, i) => [word, i]))
  const prefixes = new Set(folded.map((word) => word.slice(0, 4)))
  const short =
    alphabetic && prefixes.size === words.length
      ? new Map(
          folded.flatMap((word, i) => (word.length > 4 ? [[word.slice(0, 4), i] as const] : [])),
        )
      : undefined
  return {
    name,
    words,
    index,
    short,
    longest: Math.max(...folded.map((word) => word.length)),
    joinable: alphabetic,
  }
}
