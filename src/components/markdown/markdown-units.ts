import { cutLongLine } from './markdown-long-lines'

/**
 * Cuts Markdown into pieces small enough that the parser's slow paths stay cheap. micromark is
 * linear on ordinary text but quadratic on some shapes a stranger can type: many containers
 * closed and reopened (`>a` and blank lines, 16,000 times), code-span openers that never close,
 * nested brackets, a line of thousands of `>`. Parsing bounded pieces makes the whole linear: a
 * piece ends at a blank line once it is `SOFT_LIMIT` long, at any line once it is `HARD_LIMIT`
 * long or holds `MAX_CONTAINER_LINES` quote or list lines (a fenced code block goes on in the
 * next piece under its own fence line), and a longer line is cut into parts of its own
 * (markdown-long-lines.ts; code lines excepted, which micromark reads in linear time). The
 * renderer joins the pieces back (markdown-blocks.ts), so ordinary text looks as if parsed whole.
 */

/**
 * How a piece joins the previous one: not at all (cut at a blank line), in the middle of a
 * block (cut at a line break), or in the middle of a line (with a space when one fell at the cut).
 */
export type UnitJoin = 'none' | 'block' | 'line' | 'line-space'

export type MarkdownUnit = {
  text: string
  join: UnitJoin
  /** Whether code spans may be parsed: false when its backticks would cost too much. */
  codeSpans: boolean
}

export const SOFT_LIMIT = 1_000
export const HARD_LIMIT = 2_000
/**
 * Lines opening a quote or list item in one piece: micromark's cost grows with the containers
 * closed times the piece's size, so a piece ends before one more.
 */
export const MAX_CONTAINER_LINES = 32
/** Container markers (`>`, `-`, `1.`) at the start of one line beyond this stay text. */
export const MAX_LINE_NESTING = 12

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/
const CONTAINER_START = /^[ \t]*(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/
const MARKER = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y

type Fence = { marker: string; line: string }

const openingFence = (line: string): Fence | undefined => {
  const match = FENCE.exec(line)
  if (!match) return undefined
  const marker = match[2] ?? ''
  // a backtick fence's info string may not contain backticks (that is a code span)
  if (marker.startsWith('`') && (match[3] ?? '').includes('`')) return undefined
  return { marker, line }
}

const closes = (line: string, fence: Fence): boolean => {
  const match = CLOSING_FENCE.exec(line)
  const marker = match?.[1] ?? ''
  return marker[0] === fence.marker[0] && marker.length >= fence.marker.length
}

/** `line` with a backslash before its container marker number MAX_LINE_NESTING + 1. */
const capNesting = (line: string): string => {
  let index = 0
  for (let count = 0; ; count += 1) {
    MARKER.lastIndex = index
    const match = MARKER.exec(line)
    if (!match || match[0].length === 0) return line
    if (count === MAX_LINE_NESTING) {
      const at = index + match[0].length - match[0].trimStart().length
      return `${line.slice(0, at)}\\${line.slice(at)}`
    }
    index += match[0].length
  }
}

/**
 * What micromark's code spans would cost on `text`, at most: each backtick run that opens scans
 * ahead for a run of the same length; one that finds none scanned to the end. Linear: the runs
 * of each length are consumed left to right.
 */
export const codeSpanCost = (text: string): number => {
  const runs: { at: number; length: number; escaped: boolean }[] = []
  const byLength = new Map<number, { at: number[]; next: number }>()
  for (let index = text.indexOf('`'); index !== -1;) {
    let end = index
    while (text[end] === '`') end += 1
    let slashes = 0
    while (text[index - 1 - slashes] === '\\') slashes += 1
    runs.push({ at: index, length: end - index, escaped: slashes % 2 === 1 })
    const same = byLength.get(end - index) ?? { at: [], next: 0 }
    same.at.push(index)
    byLength.set(end - index, same)
    index = text.indexOf('`', end)
  }
  let cost = 0
  let after = 0
  for (const run of runs) {
    // an escaped first backtick is text; the rest of the run opens
    const at = run.escaped ? run.at + 1 : run.at
    const length = run.escaped ? run.length - 1 : run.length
    if (at < after || length === 0) continue
    const same = byLength.get(length)
    while (same && (same.at[same.next] ?? Infinity) <= at) same.next += 1
    const close = same?.at[same.next]
    cost += (close ?? text.length) - at
    after = close === undefined ? at + length : close + length
  }
  return cost
}

/** Code spans are parsed when their scans cost at most this many characters per character. */
const CODE_SPAN_SCANS_PER_CHAR = 4
const CODE_SPAN_FREE_SCAN = 4_000

const unitOf = (lines: string[], join: UnitJoin): MarkdownUnit => {
  const text = lines.join('\n')
  const budget = CODE_SPAN_FREE_SCAN + CODE_SPAN_SCANS_PER_CHAR * text.length
  return { text, join, codeSpans: codeSpanCost(text) <= budget }
}

/** Cuts `source` into pieces for the parser (see above). Linear in the text. */
export function splitMarkdown(source: string): MarkdownUnit[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const units: MarkdownUnit[] = []
  let current: string[] = []
  let size = 0
  let join: UnitJoin = 'none'
  let fence: Fence | undefined
  /** Lines of `current` that are only a fence line carried over from the previous piece. */
  let carried = 0
  let containers = 0
  const cut = (next: UnitJoin) => {
    containers = 0
    if (current.length > carried) units.push(unitOf(current, join))
    current = next !== 'none' && fence ? [fence.line] : []
    carried = current.length
    size = fence && carried > 0 ? fence.line.length + 1 : 0
    join = next
  }
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index]!
    const long = raw.length > HARD_LIMIT
    if (current.length > carried && (long || size >= HARD_LIMIT)) cut('block')
    const opens = !fence && CONTAINER_START.test(raw)
    if (opens && containers >= MAX_CONTAINER_LINES && current.length > carried) {
      cut((current.at(-1) ?? '').trim() === '' ? 'none' : 'block')
    }
    if (opens) containers += 1
    if (long && !fence && !openingFence(raw)) {
      const { first, rest } = cutLongLine(capNesting(raw))
      current.push(first)
      for (const part of rest) {
        cut(part.space ? 'line-space' : 'line')
        current.push(part.text)
      }
      cut('block')
      continue
    }
    let line = raw
    if (fence) {
      if (closes(raw, fence)) fence = undefined
    } else {
      line = capNesting(raw)
      fence = openingFence(line)
    }
    current.push(line)
    size += line.length + 1
    if (long) cut('block')
    else if (!fence && line.trim() === '' && size >= SOFT_LIMIT) {
      // not before an indented line: that continues a list item
      const next = lines[index + 1] ?? ''
      if (!/^[ \t]/.test(next)) cut('none')
    }
  }
  cut('none')
  return units
}
