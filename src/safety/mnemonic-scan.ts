import { electrumSeedVersion, type ElectrumVersion } from './electrum-seed'
import { sha256FirstByte } from './short-sha256'
import type { Wordlist } from './wordlist-index'
import { countWork } from './work-meter'

/** One word of a candidate phrase: its wordlist index and where it is in the scanned text. */
export type PhraseWord = {
  index: number
  start: number
  end: number
  /** A sentence ended (or a blank line came) between this word and the one before. */
  breakBefore: boolean
  /** A list mark ("3.", "c)") came before this word. */
  marked: boolean
  /** One of the everyday English words prose is full of ("you", "can", "help"). */
  everyday: boolean
}

/** A stretch of words that is a recovery phrase: BIP-39 with a valid checksum, or Electrum. */
export type PhraseHit = {
  start: number
  end: number
  wordCount: number
  list: string
  electrum?: ElectrumVersion
  /** Where each of its words is. */
  words: { start: number; end: number }[]
}

export const MNEMONIC_LENGTHS = [24, 21, 18, 15, 12] as const
const ELECTRUM_LENGTHS = [13, 12] as const
const LONG_ROW = 48

/** Whether these word indices (12, 15, 18, 21 or 24 of them) carry a valid BIP-39 checksum. */
const CHECKSUM_BYTES = new Uint8Array(33)

export function hasValidChecksum(indices: readonly number[]): boolean {
  countWork(indices.length)
  const checksumBits = indices.length / 3
  const entropyBytes = (indices.length * 11 - checksumBits) / 8
  const bytes = CHECKSUM_BYTES.fill(0)
  let bit = 0
  for (const index of indices) {
    for (let b = 10; b >= 0; b--, bit++) {
      if ((index >> b) & 1) bytes[bit >> 3]! |= 0x80 >> (bit & 7)
    }
  }
  const expected = sha256FirstByte(bytes, entropyBytes) >> (8 - checksumBits)
  return bytes[entropyBytes]! >> (8 - checksumBits) === expected
}

/** Running counts over a word sequence, so any window's counts take O(1). */
const prefixCounts = (words: readonly PhraseWord[], pick: (word: PhraseWord) => boolean) => {
  const counts = new Int32Array(words.length + 1)
  words.forEach((word, i) => (counts[i + 1] = counts[i]! + (pick(word) ? 1 : 0)))
  return (from: number, to: number) => counts[to]! - counts[from]!
}

/**
 * Whether a window reads as a written-down phrase rather than prose: sentence ends inside it
 * only when (nearly) every word stands alone ("abandon. ability. able."), and not more than half
 * everyday English words, which prose and checklists are made of (a real phrase has one in
 * twelve; more than half happens to about one in 50,000 of them).
 */
const readsAsPhrase = (
  at: number,
  size: number,
  counts: {
    breaks: (a: number, b: number) => number
    everyday: (a: number, b: number) => number
  },
) => {
  const breaks = counts.breaks(at + 1, at + size)
  if (breaks > 0 && breaks * 2 < size - 1) return false
  return counts.everyday(at, at + size) * 2 <= size
}

/** The longest Electrum seed starting here (13 or 12 words), with its version. */
const electrumAt = (
  fits: (size: number) => boolean,
  indices: (size: number) => number[],
  list: Wordlist,
) => {
  for (const size of ELECTRUM_LENGTHS) {
    if (!fits(size)) continue
    const version = electrumSeedVersion(indices(size).map((i) => list.words[i]!))
    if (version) return [size, version] as const
  }
  return undefined
}

/** The recovery phrases in a sequence of words: the longest starting at each word (may overlap). */
export function findPhrases(words: readonly PhraseWord[], list: Wordlist): PhraseHit[] {
  if (words.length < 12) return []
  const counts = {
    breaks: prefixCounts(words, (w) => w.breakBefore),
    everyday: prefixCounts(words, (w) => w.everyday),
  }
  // Electrum's HMAC is the costliest test: in a long wall of wordlist words it is tried only where
  // a pasted seed would begin (the first word, after a sentence end); numbered lists are read
  // in their own order, 24 words at most
  const electrumStart = (at: number) =>
    words.length <= LONG_ROW || at === 0 || words[at]!.breakBefore
  const hits: PhraseHit[] = []
  const hit = (at: number, size: number, electrum?: ElectrumVersion) => {
    // a numbered list in columns is not in reading order: the phrase spans all its words
    const window = words.slice(at, at + size)
    const start = Math.min(...window.map((w) => w.start))
    const end = Math.max(...window.map((w) => w.end))
    const spans = window.map((w) => ({ start: w.start, end: w.end }))
    hits.push({ start, end, wordCount: size, list: list.name, electrum, words: spans })
  }
  // every start is tried, longest phrase first: a chance 12-word checksum just before a real
  // phrase must not hide it (the caller keeps the longest of overlapping phrases)
  for (let at = 0; at + 12 <= words.length; at++) {
    countWork(1)
    const fits = (size: number) => at + size <= words.length && readsAsPhrase(at, size, counts)
    const indices = (size: number) => words.slice(at, at + size).map((w) => w.index)
    const bip39 = MNEMONIC_LENGTHS.find((size) => fits(size) && hasValidChecksum(indices(size)))
    if (bip39) {
      hit(at, bip39)
      continue
    }
    const electrum =
      list.name === 'English' && electrumStart(at) ? electrumAt(fits, indices, list) : undefined
    if (electrum) hit(at, electrum[0], electrum[1])
  }
  return hits
}
