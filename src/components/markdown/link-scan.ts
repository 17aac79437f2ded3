import { safeLinkUrl } from '@/nostr/safe-url'

/**
 * Finds bare http(s) and nostr: links in someone's text, in one pass: every character is looked
 * at a bounded number of times, whatever the text (a run of 32,000 `)` after a URL, 60,000
 * characters without a space), so a stranger cannot make the page spend quadratic time on it.
 */

/** A link found in a text: `text.slice(start, end)` is what was typed, `href` the safe address. */
export type FoundLink = { start: number; end: number; href: string }

/** Counts the characters looked at, so tests can check the work grows linearly with the text. */
export type WorkMeter = { steps: number }

/** Longer candidates are not links (safeLinkUrl refuses them too): shown as text. */
const MAX_LINK = 2048
/** Punctuation that usually ends a sentence rather than a URL. */
const TRAILING = new Set([...'.,;:!?)]}\'"»”’*_~'])
const SCHEMES = ['https://', 'http://', 'nostr:']

const isAsciiWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

/** Characters a bare URL may hold: anything but whitespace, `<>"'` and the backtick. */
const isUrlChar = (char: string) => !/[\s<>"'`]/.test(char)

/** Length of the scheme starting at `index` (case-insensitive), or 0. */
const schemeAt = (text: string, index: number): number => {
  for (const scheme of SCHEMES) {
    if (text.slice(index, index + scheme.length).toLowerCase() === scheme) return scheme.length
  }
  return 0
}

/**
 * Where a candidate really ends: sentence punctuation after it is dropped, but a `)` that closes
 * a `(` inside it is kept. The parentheses are counted once, so the trimming is linear.
 */
const trimmedEnd = (text: string, start: number, end: number, meter?: WorkMeter): number => {
  let opens = 0
  let closes = 0
  for (let index = start; index < end; index += 1) {
    if (text[index] === '(') opens += 1
    else if (text[index] === ')') closes += 1
  }
  if (meter) meter.steps += end - start
  let last = end
  while (last > start && TRAILING.has(text[last - 1]!)) {
    if (meter) meter.steps += 1
    if (text[last - 1] === ')') {
      if (opens >= closes) break
      closes -= 1
    }
    last -= 1
  }
  return last
}

/** Every bare http(s) or nostr: link in `text` that passes `safeLinkUrl`, in order. */
export function findLinks(text: string, meter?: WorkMeter): FoundLink[] {
  const links: FoundLink[] = []
  let index = 0
  while (index < text.length) {
    if (meter) meter.steps += 1
    const char = text[index]!
    const starts =
      /[hHnN]/.test(char) && (index === 0 || !isAsciiWordChar(text.charCodeAt(index - 1)))
    const scheme = starts ? schemeAt(text, index) : 0
    if (scheme === 0) {
      index += 1
      continue
    }
    let end = index + scheme
    while (end < text.length && isUrlChar(text[end]!)) end += 1
    if (meter) meter.steps += end - index
    const last = trimmedEnd(text, index, end, meter)
    const href =
      last > index + scheme && last - index <= MAX_LINK
        ? safeLinkUrl(text.slice(index, last))
        : undefined
    if (href) {
      links.push({ start: index, end: last, href })
      index = last
    } else {
      // the whole run is text: starting again inside it would look at it over and over
      index = end
    }
  }
  return links
}
