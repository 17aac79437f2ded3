import { foldWord } from './wordlist-index'
import { countWork } from './work-meter'

/**
 * Splits a (scan-normalised) text into what a written-down recovery phrase is made of: words,
 * list marks ("1.", "12)", "a)", "3rd:") and everything else, remembering where sentences end
 * and lines break between them. Linear in the text.
 */
export type SeedToken = {
  kind: 'word' | 'mark' | 'other'
  start: number
  end: number
  /** A word as it is compared with wordlists (see `foldWord`); '' for marks and others. */
  folded: string
  /** A mark's number: 1 for "1." or "a)" or "1st". */
  number: number
  /** CamelCase pieces of a word ("AbandonAbility"), when it has inner capitals. */
  parts?: { folded: string; start: number; end: number }[]
  /** A sentence ended (., !, ?, ;) or a blank line came since the previous word. */
  breakBefore: boolean
  /** A line break came since the previous token. */
  lineBefore: boolean
  /** A word directly followed by a number, a label like "Word 1:" or "Mot 3 =". */
  beforeMark: boolean
}

const TOKEN = /[\p{L}\p{M}]+|\p{Nd}+/gu
const SENTENCE_END = /[.?!;。！？]|\n[^\S\n]*\n/
/** The punctuation of a list mark itself: "1." "1)" "1:" "1 -" "(1)" "[1]". */
const MARK_PUNCTUATION = /^[^\S\n]*[.):\]=-]+/
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th'])
const LIST_LETTER = /^[a-x]$/i
const LABEL_GAP = /^[\s#]{0,3}$/
const CAMEL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u

const camelParts = (text: string, start: number) => {
  if (text.length < 6 || !/\p{Ll}\p{Lu}/u.test(text)) return undefined
  let at = start
  return text.split(CAMEL_SPLIT).map((piece) => {
    const part = { folded: foldWord(piece), start: at, end: at + piece.length }
    at += piece.length
    return part
  })
}

/** One object shape for every token (object spreads would make slow dictionary objects). */
const makeToken = (
  kind: SeedToken['kind'],
  start: number,
  end: number,
  folded: string,
  number: number,
  breakBefore: boolean,
  lineBefore: boolean,
): SeedToken => ({
  kind,
  start,
  end,
  folded,
  number,
  parts: undefined,
  breakBefore,
  lineBefore,
  beforeMark: false,
})

/** The tokens of a text, in order. */
export function seedTokens(text: string): SeedToken[] {
  const tokens: SeedToken[] = []
  let previousEnd = 0
  let pendingBreak = false
  let pendingLine = false
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0]
    const start = match.index
    const end = start + value.length
    countWork(value.length + 1)
    const previous = tokens.at(-1)
    let gap = text.slice(previousEnd, start)
    if (previous?.kind === 'mark') gap = gap.replace(MARK_PUNCTUATION, '')
    pendingBreak ||= SENTENCE_END.test(gap)
    pendingLine ||= gap.includes('\n')
    previousEnd = end
    const token = (kind: SeedToken['kind'], folded: string, number: number) =>
      makeToken(kind, start, end, folded, number, pendingBreak, pendingLine)
    if (/^\p{Nd}/u.test(value)) {
      const number = Number.parseInt(value, 10)
      const mark = value.length <= 2 && number >= 1 && number <= 24
      tokens.push(token(mark ? 'mark' : 'other', '', mark ? number : 0))
      if (previous?.kind === 'word' && LABEL_GAP.test(gap)) previous.beforeMark = true
      pendingLine = false
      continue
    }
    const folded = foldWord(value)
    if (previous?.kind === 'mark' && previous.end === start && ORDINAL_SUFFIX.has(folded)) {
      previous.end = end // "1st", "22nd"
      continue
    }
    if (LIST_LETTER.test(value) && /[).:\]]/.test(text.charAt(end))) {
      tokens.push(token('mark', '', folded.charCodeAt(0) - 96))
      pendingLine = false
      continue
    }
    const word = token('word', folded, 0)
    word.parts = camelParts(value, start)
    tokens.push(word)
    pendingBreak = false
    pendingLine = false
  }
  return tokens
}
