import type { PhraseHit } from './mnemonic-scan'
import { originalSpan, toScanText, type ScanText } from './scan-text'
import type { SecretFinding } from './secret-types'
import { foldWord, type Wordlist } from './wordlist-index'
import { countWork } from './work-meter'

/**
 * A recovery phrase sent in pieces: the sender's recent messages in the conversation are read
 * together with the one being written, as if they were one text. Prose around the pieces ("and
 * the rest:") is set aside where the messages meet, so the pieces join up.
 */

const MAX_RECENT = 5
const RECENT_TAIL = 2_000
const TOKEN = /[\p{L}\p{M}]+|\p{Nd}+/gu

/**
 * Whether a token can be part of a written-down phrase: a list number, a wordlist word, or the
 * four-letter beginning of an English one (four-letter beginnings in the other lists are too
 * common in English prose to tell anything).
 */
const seedLike = (token: string, lists: readonly Wordlist[]) => {
  if (/^\p{Nd}{1,2}$/u.test(token)) return true
  const folded = foldWord(token)
  return lists.some((list, i) => list.index.has(folded) || (i === 0 && list.short?.has(folded)))
}

/** Where the first and last seed-like tokens of a text are (start of first, end of last). */
function seedLikeBounds(text: string, lists: readonly Wordlist[]) {
  let first: number | undefined
  let last = 0
  for (const match of text.matchAll(TOKEN)) {
    countWork(1)
    if (!seedLike(match[0], lists)) continue
    first ??= match.index
    last = match.index + match[0].length
  }
  return { first: first ?? text.length, last }
}

/** Phrases that begin in the earlier messages and end in this one, in this one's offsets. */
export function splitPhrases(
  text: string,
  recent: readonly string[],
  /** The loaded wordlists, English first. */
  lists: readonly Wordlist[],
  phrasesIn: (scan: ScanText) => PhraseHit[],
): SecretFinding[] {
  const earlier = recent.slice(-MAX_RECENT).map((message) => {
    const tail = message.slice(-RECENT_TAIL)
    return tail.slice(0, seedLikeBounds(tail, lists).last)
  })
  const before = `${earlier.join('\n')}\n`
  // blank out (same length, so offsets hold) what comes before the first seed-like word
  const lead = seedLikeBounds(text, lists).first
  const scan = toScanText(before + ' '.repeat(lead) + text.slice(lead))
  // a phrase the earlier messages already hold whole was sent before: a word or two written now
  // that happen to continue its tail into another phrase (a reply after it) complete nothing; a
  // phrase at least one length step (3 words) longer than it is new (its first part read as one)
  const earlierScan = toScanText(before)
  const sentWhole = phrasesIn(earlierScan).map((hit) => ({
    ...originalSpan(earlierScan, hit.start, hit.end),
    wordCount: hit.wordCount,
  }))
  const alreadySent = (hit: PhraseHit, earlierSpans: readonly { start: number; end: number }[]) =>
    sentWhole.some(
      (whole) =>
        hit.wordCount < whole.wordCount + 3 &&
        earlierSpans.every((span) => span.start >= whole.start && span.end <= whole.end),
    )
  const findings: SecretFinding[] = []
  const longestFirst = [...phrasesIn(scan)].sort((a, b) => b.wordCount - a.wordCount)
  for (const hit of longestFirst) {
    const spans = hit.words.map((word) => originalSpan(scan, word.start, word.end))
    const here = spans.filter((span) => span.start >= before.length)
    if (here.length === 0 || here.length === spans.length) continue
    if (
      alreadySent(
        hit,
        spans.filter((span) => span.start < before.length),
      )
    )
      continue
    findings.push({
      kind: 'split-recovery-phrase',
      severity: 'block',
      message: `Together with your earlier messages in this conversation, these words complete a ${hit.wordCount}-word recovery phrase (seed). Do not send them. If it is your real seed, the part already sent is exposed: move your bitcoin to a new wallet.`,
      start: Math.min(...here.map((span) => span.start)) - before.length,
      end: Math.max(...here.map((span) => span.end)) - before.length,
    })
  }
  return findings
}
