import { classifyExtended, classifyNostr, classifyWif, type KeyHit } from './key-scan'
import { countWork } from './work-meter'

/**
 * Private keys pasted in pieces: wrapped over lines, grouped in fours ("xprv 9s21 ZrQH …"),
 * quoted line by line, or glued to a word ("mykeyKwdMAj…", "nsec1…thanks"). Pieces are joined
 * across spaces, line breaks and hyphens and checked in full (base58check or bech32), so only
 * real keys are reported: prose never decodes to a valid key.
 */

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
/** The bech32 alphabet and its separator "1", both cases. */
const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'

/** Character code → base58 digit + 1 (0: not a key character), for the ASCII range. */
const table = (alphabet: string) => {
  const codes = new Uint8Array(128)
  for (let i = 0; i < alphabet.length; i++) codes[alphabet.charCodeAt(i)] = (i % 58) + 1
  return codes
}
const BASE58 = table(BASE58_ALPHABET)
const BECH32 = table(BECH32_ALPHABET)
/** What may sit between the pieces of a key: spaces, line breaks, hyphens, e-mail quoting. */
const isSeparator = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 45 ||
  code === 62 ||
  code === 0xa0 ||
  (code >= 0x2010 && code <= 0x2014)
const MAX_SEPARATOR_RUN = 8
/** Pieces between separators are at least this long, apart from the first and the last. */
const MIN_PIECE = 4

/**
 * Up to `length` key characters from `start`, skipping separators. `fits(n)`: whether the first
 * n characters make a candidate (none missing, no short piece in the middle: "c c c" is prose).
 */
function gather(text: string, start: number, length: number, keys: Uint8Array) {
  const codes: number[] = []
  const ends: number[] = []
  let [separators, piece, pieces] = [0, 0, 0]
  let shortPieceBefore = Infinity
  for (let at = start; at < text.length && codes.length < length; at++) {
    countWork(1)
    const code = text.charCodeAt(at)
    if (code < 128 && keys[code]) {
      codes.push(code)
      ends.push(at + 1)
      piece++
      separators = 0
    } else if (isSeparator(code) && codes.length > 0 && ++separators <= MAX_SEPARATOR_RUN) {
      if (piece > 0 && pieces > 0 && piece < MIN_PIECE)
        shortPieceBefore = Math.min(shortPieceBefore, codes.length)
      if (piece > 0) pieces++
      piece = 0
    } else break
  }
  const value = String.fromCharCode(...codes)
  return {
    fits: (n: number) => codes.length >= n && shortPieceBefore >= n,
    take: (n: number) => ({ value: value.slice(0, n), end: ends[n - 1]! }),
  }
}

/** Each candidate string is decoded once (a repetitive text offers the same one again and again). */
const once = () => {
  const tried = new Set<string>()
  return (value: string) => !tried.has(value) && Boolean(tried.add(value))
}

/**
 * Roughly the number a base58 string stands for, divided by 256^`skipBytes`: its leading bytes,
 * to within rounding. A cheap test before the full base58check decode (which is quadratic).
 */
const leadingValue = (value: string, skipBytes: number) => {
  let number = 0
  for (let i = 0; i < value.length; i++) number = number * 58 + BASE58[value.charCodeAt(i)]! - 1
  return number / 2 ** (8 * skipBytes)
}
const near = (estimate: number, expected: number) => Math.abs(estimate - expected) < 1.5

/** BIP-32 versions of extended private keys (82 bytes: version, 74 bytes, checksum). */
const EXTENDED_VERSIONS = [
  0x0488ade4, 0x049d7878, 0x04b2430c, 0x0295b005, 0x02aa7a99, 0x04358394, 0x044a4e28, 0x045f18bc,
  0x024285b5, 0x02575048,
]
// the beginnings "xprv" and "nsec1", themselves possibly split ("nsec 1abc …")
const EXTENDED_ANCHOR = /[xyztuvYZUV][\s>-]{0,8}p[\s>-]{0,8}r[\s>-]{0,8}v/g
const NSEC_ANCHOR = /n[\s>-]{0,8}s[\s>-]{0,8}e[\s>-]{0,8}c[\s>-]{0,8}1/gi

function extendedKeys(text: string, hits: KeyHit[]) {
  const fresh = once()
  for (const match of text.matchAll(EXTENDED_ANCHOR)) {
    const found = gather(text, match.index, 112, BASE58)
    for (const length of [111, 112]) {
      if (!found.fits(length)) continue
      const { value, end } = found.take(length)
      if (!fresh(value)) continue
      const lead = leadingValue(value, 78)
      if (!EXTENDED_VERSIONS.some((version) => near(lead, version))) continue
      countWork(length * 4)
      if (classifyExtended(value) === 'extended-private-key') {
        hits.push({
          kind: 'extended-private-key',
          label: value.slice(0, 4),
          start: match.index,
          end,
        })
        break
      }
    }
  }
}

function nsecKeys(text: string, hits: KeyHit[]) {
  const fresh = once()
  for (const match of text.matchAll(NSEC_ANCHOR)) {
    const found = gather(text, match.index, 63, BECH32)
    if (!found.fits(63)) continue
    const { value, end } = found.take(63)
    if (!fresh(value.toLowerCase())) continue
    countWork(63)
    if (classifyNostr(value)?.kind === 'nsec')
      hits.push({ kind: 'nsec', label: 'nsec', start: match.index, end })
  }
}

/** WIF is 0x80 (mainnet) or 0xef (testnet), 32 bytes, maybe 0x01, and a 4-byte checksum. */
const mayBeWif = (value: string) => {
  const lead = leadingValue(value, value.length === 52 ? 37 : 36)
  return near(lead, 0x80) || near(lead, 0xef)
}
const WIF_FIRST = /[59KLc]/
/** How far into a run of letters a glued key may begin ("mykey5Hue…"). */
const GLUE_REACH = 24

function wifKeys(text: string, hits: KeyHit[]) {
  const fresh = once()
  for (const run of text.matchAll(/[A-Za-z0-9]+/g)) {
    const reach = Math.min(run[0].length, GLUE_REACH)
    for (let offset = 0; offset < reach; offset++) {
      countWork(1)
      if (!WIF_FIRST.test(run[0].charAt(offset))) continue
      const start = run.index + offset
      const found = gather(text, start, 52, BASE58)
      for (const length of [52, 51]) {
        if (!found.fits(length)) continue
        const { value, end } = found.take(length)
        if (!fresh(value) || !mayBeWif(value)) continue
        countWork(length * 4)
        const wif = classifyWif(value)
        if (wif?.kind === 'wif-private-key') {
          hits.push({ ...wif, start, end })
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
