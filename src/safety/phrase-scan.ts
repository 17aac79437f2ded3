import { EVERYDAY } from './everyday-words'
import { splitJoined } from './joined-words'
import { findPhrases, type PhraseHit, type PhraseWord } from './mnemonic-scan'
import type { SeedToken } from './seed-tokens'
import type { Wordlist } from './wordlist-index'
import { countWork } from './work-meter'

/**
 * Finds recovery phrases among a text's tokens, in every loaded wordlist, however they were
 * written: words in a row (any separators, CamelCase), four-letter beginnings, numbered or
 * lettered lists in any order (columns), and words joined without spaces. One pass over the
 * tokens per way of reading, each wordlist in its own lane.
 */

/** Full words, or only words of up to four letters where longer ones are cut to four. */
type Mode = 'full' | 'short'

/** One wordlist read one way, with the row of its words being collected. */
type Lane = { list: Wordlist; mode: Mode; english: boolean; row: PhraseWord[] }

const lookup = (list: Wordlist, mode: Mode, folded: string): number | undefined => {
  if (mode === 'full') return list.index.get(folded)
  if (folded.length > 4) return undefined
  return list.index.get(folded) ?? (folded.length === 4 ? list.short?.get(folded) : undefined)
}

const makeWord = (
  index: number,
  start: number,
  end: number,
  breakBefore: boolean,
  marked: boolean,
  everyday: boolean,
): PhraseWord => ({ index, start, end, breakBefore, marked, everyday })

/** Adds the words a token stands for (itself, or its CamelCase pieces); false when it is none. */
function addWords(lane: Lane, token: SeedToken, marked: boolean): boolean {
  const { list, mode, english } = lane
  const whole = lookup(list, mode, token.folded)
  if (whole !== undefined) {
    const everyday = english && EVERYDAY.has(token.folded)
    lane.row.push(makeWord(whole, token.start, token.end, token.breakBefore, marked, everyday))
    return true
  }
  const parts = token.parts
  if (parts) countWork(parts.length)
  if (!parts || parts.some((part) => lookup(list, mode, part.folded) === undefined)) return false
  parts.forEach((part, i) => {
    const everyday = english && EVERYDAY.has(part.folded)
    const index = lookup(list, mode, part.folded)!
    const first = i === 0
    lane.row.push(
      makeWord(index, part.start, part.end, first && token.breakBefore, first && marked, everyday),
    )
  })
  return true
}

/** Words in a row; a label before a number ("Mot 3:") or a list mark does not break the row. */
function rowPhrases(
  tokens: readonly SeedToken[],
  lanes: readonly Lane[],
  hits: PhraseHit[],
  onStretch?: (words: PhraseWord[]) => void,
) {
  const close = (lane: Lane) => {
    const { row, list, mode } = lane
    if (row.length >= 12) hits.push(...findPhrases(row, list))
    if (lane.english && mode === 'full') onStretch?.(row)
    lane.row = []
  }
  let lastMark = -1
  let lastWord = -1
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    countWork(lanes.length)
    if (token.kind === 'mark') lastMark = i
    else if (token.kind === 'other') {
      for (const lane of lanes) if (lane.row.length > 0) close(lane)
    } else {
      const marked = lastMark > lastWord
      lastWord = i
      for (const lane of lanes) {
        if (!addWords(lane, token, marked) && !token.beforeMark && lane.row.length > 0) close(lane)
      }
    }
  }
  for (const lane of lanes) if (lane.row.length > 0) close(lane)
}

/** A numbered entry is one word: what follows it is the next mark, a label, or a new line. */
const endsEntry = (after: SeedToken | undefined) =>
  !after || after.kind === 'mark' || after.lineBefore || after.breakBefore || after.beforeMark

/** Numbered or lettered lists, read in the order of their numbers (so columns work too). */
function numberedPhrases(tokens: readonly SeedToken[], lane: Lane, hits: PhraseHit[]) {
  let entries = new Map<number, PhraseWord>()
  const flush = () => {
    let count = 0
    while (entries.has(count + 1)) count++
    if (count >= 12) {
      const ordered = Array.from({ length: count }, (_, i) => entries.get(i + 1)!)
      hits.push(...findPhrases(ordered, lane.list))
    }
    entries = new Map()
  }
  for (let i = 0; i < tokens.length; i++) {
    const [token, next] = [tokens[i]!, tokens[i + 1]]
    if (token.kind !== 'mark' || next?.kind !== 'word' || !endsEntry(tokens[i + 2])) continue
    countWork(1)
    const index = lookup(lane.list, lane.mode, next.folded)
    if (index === undefined) continue
    if (entries.has(token.number)) flush()
    entries.set(token.number, makeWord(index, next.start, next.end, false, true, false))
  }
  flush()
}

/** Letters long enough to be twelve words joined ("abandonabilityable…"), read as words. */
function joinedPhrases(token: SeedToken, list: Wordlist, hits: PhraseHit[]) {
  if (list.index.has(token.folded)) return
  for (const split of splitJoined(token.folded, list, 8)) {
    const words = split.map(({ index, offset, length }) =>
      makeWord(
        index,
        Math.min(token.start + offset, token.end),
        Math.min(token.start + offset + length, token.end),
        false,
        false,
        false,
      ),
    )
    const found = findPhrases(words, list)
    hits.push(...found)
    if (found.length > 0) return
  }
}

/** Every recovery phrase in the tokens, in every list; `onStretch` sees English word rows. */
export function scanPhrases(
  tokens: readonly SeedToken[],
  lists: readonly Wordlist[],
  onStretch?: (words: PhraseWord[]) => void,
): PhraseHit[] {
  const hits: PhraseHit[] = []
  const lanes: Lane[] = lists.flatMap((list) =>
    (list.short ? (['full', 'short'] as const) : (['full'] as const)).map((mode) => ({
      list,
      mode,
      english: list.name === 'English',
      row: [],
    })),
  )
  rowPhrases(tokens, lanes, hits, onStretch)
  for (const lane of lanes) numberedPhrases(tokens, lane, hits)
  for (const token of tokens) {
    const length = token.folded.length
    if (token.kind !== 'word' || length < 36) continue
    // at most 24 words of the list's longest length: longer runs of letters are not a phrase
    for (const list of lists)
      if (list.joinable && length <= 24 * list.longest) joinedPhrases(token, list, hits)
  }
  return hits
}
