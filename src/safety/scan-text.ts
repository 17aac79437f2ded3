import { countWork } from './work-meter'

/**
 * The text the secrets guard reads: compatibility-normalised (NFKC, so fullwidth "ａｂａｎｄｏｎ"
 * reads as "abandon"), with zero-width characters and soft hyphens removed (they hide inside
 * words without showing). Offsets found in it map back to the text the person typed.
 */
export type ScanText = {
  text: string
  /** Where each character of `text` starts in the original (undefined when nothing changed). */
  starts?: Int32Array
  /** Where each character of `text` ends in the original. */
  ends?: Int32Array
}

/**
 * Invisible characters that split or hide words: soft hyphen, combining grapheme joiner,
 * zero-width spaces and joiners, direction marks, word joiners, variation selectors, BOM, fillers.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
]
const isInvisible = (code: number) =>
  INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to)
/** Printable ASCII and line breaks: nothing to normalise. */
const PLAIN = /^[\u0020-\u007e\t\n\r]*$/

/** Normalises `raw` for scanning, keeping a map back to the original offsets. */
export function toScanText(raw: string): ScanText {
  if (PLAIN.test(raw)) return { text: raw }
  const parts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let at = 0
  for (const char of raw) {
    countWork(1)
    const start = at
    at += char.length
    if (char.length === 1 && char < '\x80') {
      parts.push(char)
      starts.push(start)
      ends.push(at)
      continue
    }
    if (isInvisible(char.codePointAt(0)!)) continue
    const folded = char.normalize('NFKC')
    parts.push(folded)
    for (let i = 0; i < folded.length; i++) {
      starts.push(start)
      ends.push(at)
    }
  }
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}

/** The original span of `text.slice(start, end)`. */
export const originalSpan = (scan: ScanText, start: number, end: number) =>
  scan.starts && scan.ends
    ? { start: scan.starts[start] ?? 0, end: scan.ends[end - 1] ?? scan.starts[start] ?? 0 }
    : { start, end }
