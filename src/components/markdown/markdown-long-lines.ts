/**
 * A line too long to parse in one piece, cut into parts (see markdown-units.ts). micromark's
 * inline pass costs more than linear time on a long paragraph (merging text runs splices the
 * whole event list; every `]` normalises its whole label), so a long line is parsed in parts
 * of at most `LINE_PART` characters, cut after a space where there is one.
 */

export const LINE_PART = 1_000

/** A part of a long line after the first; `space` when a space fell at the cut. */
export type LinePart = { text: string; space: boolean }

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/**
 * A part that cannot start a block: its first character escaped when it is punctuation (`#`,
 * `>`, `-`, `[`…) or the dot of `1.`, so it reads as the paragraph it continues.
 */
const asContinuation = (text: string): string => {
  const trimmed = text.trimStart()
  if (/^[!-/:-@[-`{-~]/.test(trimmed)) return `\\${trimmed}`
  const number = /^\d{1,9}(?=[.)])/.exec(trimmed)
  return number ? `${number[0]}\\${trimmed.slice(number[0].length)}` : trimmed
}

/** Cuts `line` into a first part and the parts that continue it. Linear in the line. */
export function cutLongLine(line: string): { first: string; rest: LinePart[] } {
  const parts: string[] = []
  const spaces: boolean[] = []
  let start = 0
  while (line.length - start > LINE_PART) {
    const space = line.lastIndexOf(' ', start + LINE_PART - 1)
    let end = space >= start + LINE_PART / 2 ? space + 1 : start + LINE_PART
    if (end === start + LINE_PART && isHighSurrogate(line.charCodeAt(end - 1))) end -= 1
    parts.push(line.slice(start, end))
    spaces.push(line[end - 1] === ' ')
    start = end
  }
  parts.push(line.slice(start))
  return {
    first: parts[0] ?? '',
    rest: parts.slice(1).map((text, index) => ({
      text: asContinuation(text),
      space: spaces[index] ?? false,
    })),
  }
}
