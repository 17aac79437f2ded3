import type { PhraseHit, PhraseWord } from './mnemonic-scan'
import { NEVER_SHARE, type SecretFinding } from './secret-types'
import { spanSet } from './span-set'

/** Consecutive wordlist words that are worth a warning even without a valid checksum. */
export const NEAR_MISS_WORDS = 6

const ELECTRUM_VERSIONS = {
  standard: 'standard',
  segwit: 'SegWit',
  '2fa': 'two-factor',
  '2fa-segwit': 'two-factor SegWit',
} as const

/** What the guard says about a phrase it found. */
export const phraseMessage = (hit: PhraseHit): string => {
  if (hit.electrum) {
    return `This looks like an Electrum recovery seed (${hit.wordCount} words, ${ELECTRUM_VERSIONS[hit.electrum]}). Anyone with these words can take your bitcoin. ${NEVER_SHARE}`
  }
  const list = hit.list === 'English' ? '' : ` in the ${hit.list} word list`
  return `This looks like a ${hit.wordCount}-word recovery phrase (seed)${list}. Anyone with these words can take your bitcoin. ${NEVER_SHARE}`
}

/** The phrases found, one per place: the longest wins where several overlap. */
export const distinctPhrases = (hits: readonly PhraseHit[]): PhraseHit[] => {
  const sorted = [...hits].sort((a, b) => b.wordCount - a.wordCount || a.start - b.start)
  const kept = spanSet()
  return sorted.filter((hit) => kept.add(hit)).sort((a, b) => a.start - b.start)
}

/** Prose is full of everyday words; seed words rarely are (about 7 % of the list). */
const looksLikeSeedWords = (words: readonly PhraseWord[]) =>
  words.some((w, i) => i > 0 && w.marked) ||
  words.filter((w) => w.everyday).length <= Math.floor(words.length / 4)

/**
 * Rows of English wordlist words with no valid phrase in them, split where sentences end: six
 * or more seed-like words in a row deserve a second look.
 */
export function nearMisses(rows: readonly PhraseWord[][], phrases: readonly PhraseHit[]) {
  const findings: SecretFinding[] = []
  const found = spanSet()
  for (const hit of phrases) found.add(hit)
  const consider = (words: PhraseWord[]) => {
    if (words.length < NEAR_MISS_WORDS || !looksLikeSeedWords(words)) return
    const span = { start: words[0]!.start, end: words.at(-1)!.end }
    if (found.overlaps(span)) return
    findings.push({
      kind: 'recovery-phrase-like',
      severity: 'warn',
      message: `These ${words.length} words in a row all come from the recovery-phrase word list. If they are part of your recovery phrase (seed), remove them: no troubleshooter ever needs it.`,
      ...span,
    })
  }
  for (const row of rows) {
    let from = 0
    row.forEach((word, i) => {
      if (i > from && word.breakBefore) {
        consider(row.slice(from, i))
        from = i
      }
    })
    consider(row.slice(from))
  }
  return findings
}
