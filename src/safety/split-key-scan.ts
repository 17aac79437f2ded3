import { classifyExtended, classifyNostr, classifyWif, type KeyHit } from './key-scan'
import { countWork } from './work-meter'

/**
 * Private keys pasted in pieces: wrapped over lines, grouped in fours ("xprv 9s21 ZrQH …"),
 * quoted line by line, or glued to a word ("mykeyKwdMAj…", "nsec1…thanks"). Pieces are joined
 * across spaces, line breaks and hyphens and checked in full (base58check or bech32), so only
 * real keys are reported: prose never decodes to a valid key.
 */

const BASE58_CHAR = /[1-9A-HJ-NP-Za-km-z]/
/** The bech32 alphabet and its separator "1". */
const BECH32_CHAR = /[qpzry9x8gf2tvdw0s3jn54khce6mua71l]/i
/** What may sit between the pieces of a key: spaces, line breaks, hyphens, e-mail quoting. */
const SEPARATOR = /[\s>\-‐‑–—]/
const MAX_SEPARATOR_RUN = 8

/** Pieces between separators are at least this long, apart from the first and the last. */
const MIN_PIECE = 4

/**
 * Up to `length` key characters from `start`, skipping separators; undefined when cut short or
 * when a piece in the middle is shorter than a group ("c c c" is prose, not a key).
 */
function gather(text: string, start: number, length: number, keyChar: RegExp) {
  let value = ''
  let separators = 0
  let piece = 0
  let pieces = 0
  let shortPiece = false
  let at = start
  for (; at < text.length && value.length < length; at++) {
    countWork(1)
    const char = text.charAt(at)
    if (keyChar.test(char)) {
      value += char
      piece++
      separators = 0
    } else if (SEPARATOR.test(char) && value.length > 0 && ++separators <= MAX_SEPARATOR_RUN) {
      if (piece > 0 && pieces > 0 && piece < MIN_PIECE) shortPiece = true
      if (piece > 0) pieces++
      piece = 0
    } else break
  }
  return value.length === length && !shortPiece ? { value, end: at } : undefined
}

// the beginnings "xprv" and "nsec1", themselves possibly split ("nsec 1abc …")
const EXTENDED_ANCHOR = /[xyztuvYZUV][\s>-]{0,8}p[\s>-]{0,8}r[\s>-]{0,8}v/g
const NSEC_ANCHOR = /n[\s>-]{0,8}s[\s>-]{0,8}e[\s>-]{0,8}c[\s>-]{0,8}1/gi
const WIF_FIRST = /[59KLc]/
/** How far into a run of letters a glued key may begin ("mykey5Hue…"). */
const GLUE_REACH = 24

function extendedKeys(text: string, hits: KeyHit[]) {
  for (const match of text.matchAll(EXTENDED_ANCHOR)) {
    for (const length of [111, 112]) {
      const found = gather(text, match.index, length, BASE58_CHAR)
      if (found && classifyExtended(found.value) === 'extended-private-key') {
        hits.push({
          kind: 'extended-private-key',
          label: found.value.slice(0, 4),
          start: match.index,
          end: found.end,
        })
        break
      }
    }
  }
}

function nsecKeys(text: string, hits: KeyHit[]) {
  for (const match of text.matchAll(NSEC_ANCHOR)) {
    const found = gather(text, match.index, 63, BECH32_CHAR)
    if (found && classifyNostr(found.value)?.kind === 'nsec')
      hits.push({ kind: 'nsec', label: 'nsec', start: match.index, end: found.end })
  }
}

function wifKeys(text: string, hits: KeyHit[]) {
  for (const run of text.matchAll(/[A-Za-z0-9]+/g)) {
    const reach = Math.min(run[0].length, GLUE_REACH)
    for (let offset = 0; offset < reach; offset++) {
      countWork(1)
      if (!WIF_FIRST.test(run[0].charAt(offset))) continue
      const start = run.index + offset
      for (const length of [52, 51]) {
        const found = gather(text, start, length, BASE58_CHAR)
        const wif = found && classifyWif(found.value)
        if (found && wif?.kind === 'wif-private-key') {
          hits.push({ ...wif, start, end: found.end })
          break
        }
      }
    }
  }
}

/** Valid private keys written in pieces or glued to words (contiguous ones too). */
export function findSplitKeys(text: string): KeyHit[] {
  const hits: KeyHit[] = []
  extendedKeys(text, hits)
  nsecKeys(text, hits)
  wifKeys(text, hits)
  return hits
}
