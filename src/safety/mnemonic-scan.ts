import { sha256 } from '@noble/hashes/sha2.js'
import { wordlist } from '@scure/bip39/wordlists/english.js'

/** A run of consecutive BIP-39 English words found in a text, with character offsets. */
export type WordRun = {
  start: number
  end: number
  words: { index: number; start: number; end: number }[]
  /** Whether the words are numbered ("1. abandon 2. ability"), as a written-down seed often is. */
  numbered: boolean
  /** How many of the words are everyday English ("you", "can", "help"), which prose is full of. */
  everydayWords: number
}

/** A stretch of a run whose words form a mnemonic with a valid checksum. */
export type MnemonicMatch = { start: number; end: number; wordCount: number }

const WORD_INDEX = new Map(wordlist.map((word, index) => [word, index]))
const MNEMONIC_LENGTHS = [24, 21, 18, 15, 12] as const
/** Longest gap of non-letters (spaces, numbering, punctuation) still joining two words of a run. */
const MAX_GAP = 16
const LETTERS = /\p{L}+/gu
const LIST_NUMBER = /\d+\s*[.):\]]?/g
/** A sentence ends between two words: prose, not a list of seed words. */
const SENTENCE_END = /[.?!;]/

/** Wordlist words that are also among the most frequent English words. */
const EVERYDAY = new Set(
  (
    'that have you this they say will one all there what about when make can like time just ' +
    'know people into year good other then now only come over also use two work first way want ' +
    'because any give day find where call right still own found thing before again same another ' +
    'old great long world school between never under home life few end open close begin help ' +
    'play run move live believe hold bring write provide stand include learn change follow speak ' +
    'allow add spend grow offer remember love consider appear wait expect build stay fall remain ' +
    'suggest raise pass sell require report decide pull able across around always often already ' +
    'almost enough sure problem issue error question answer case point group number place month ' +
    'phone device screen file account address balance network version update coin fee key seed access'
  ).split(' '),
)

/** Runs of wordlist words separated only by whitespace, numbering or punctuation. */
export function findWordRuns(text: string, minimumLength: number): WordRun[] {
  const runs: WordRun[] = []
  let current: WordRun['words'] = []
  let numbered = false
  let everydayWords = 0
  const close = () => {
    if (current.length >= minimumLength) {
      const [first, last] = [current[0]!, current.at(-1)!]
      runs.push({ start: first.start, end: last.end, words: current, numbered, everydayWords })
    }
    current = []
    numbered = false
    everydayWords = 0
  }
  for (const match of text.matchAll(LETTERS)) {
    const word = match[0].toLowerCase()
    const start = match.index
    const index = WORD_INDEX.get(word)
    const previous = current.at(-1)
    if (index === undefined) {
      close()
      continue
    }
    if (previous) {
      const gap = text.slice(previous.end, start)
      if (gap.length > MAX_GAP || SENTENCE_END.test(gap.replace(LIST_NUMBER, ''))) close()
      else if (/\d/.test(gap)) numbered = true
    }
    if (EVERYDAY.has(word)) everydayWords++
    current.push({ index, start, end: start + word.length })
  }
  close()
  return runs
}

/** Whether these word indices (12, 15, 18, 21 or 24 of them) carry a valid BIP-39 checksum. */
export function hasValidChecksum(indices: readonly number[]): boolean {
  const checksumBits = indices.length / 3
  const entropyBytes = (indices.length * 11 - checksumBits) / 8
  const bytes = new Uint8Array(Math.ceil((indices.length * 11) / 8))
  let bit = 0
  for (const index of indices) {
    for (let b = 10; b >= 0; b--, bit++) {
      if ((index >> b) & 1) bytes[bit >> 3]! |= 0x80 >> (bit & 7)
    }
  }
  const expected = sha256(bytes.subarray(0, entropyBytes))[0]! >> (8 - checksumBits)
  return bytes[entropyBytes]! >> (8 - checksumBits) === expected
}

/** The valid mnemonics inside a run, longest first at each position, never overlapping. */
export function findMnemonics(run: WordRun): MnemonicMatch[] {
  const found: MnemonicMatch[] = []
  const indices = run.words.map((word) => word.index)
  let at = 0
  while (at + 12 <= indices.length) {
    const length = MNEMONIC_LENGTHS.find(
      (size) => at + size <= indices.length && hasValidChecksum(indices.slice(at, at + size)),
    )
    if (length === undefined) {
      at++
      continue
    }
    found.push({
      start: run.words[at]!.start,
      end: run.words[at + length - 1]!.end,
      wordCount: length,
    })
    at += length
  }
  return found
}
