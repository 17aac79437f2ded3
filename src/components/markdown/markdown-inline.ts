import { safeLinkUrl } from '@/nostr/safe-url'
import type { DelimiterRun, Inline, Piece } from './markdown-emphasis'
import { resolveEmphasis } from './markdown-emphasis'

export type { Inline } from './markdown-emphasis'

/**
 * The inline half of the Markdown subset: escapes, code spans, emphasis, links, images (as
 * links), `<…>` autolinks and bare http(s)/nostr: URLs, line breaks. Raw HTML stays text; a link
 * whose address is not http(s) or nostr: stays the text that was typed.
 */

const PUNCTUATION = /[\p{P}\p{S}]/u
const WHITESPACE = /\s/u
const ESCAPABLE = /[!-/:-@[-`{-~]/
const ANGLE_LINK = /<((?:https?:\/\/|nostr:)[^\s<>]*)>/iy
const BARE_LINK = /(?:https?:\/\/|nostr:)[^\s<]+/iy
/** Link labels and addresses longer than this are not links (keeps parsing linear). */
const MAX_LABEL = 1000
const MAX_URL = 2048
const MAX_DEPTH = 4

const charBefore = (text: string, index: number): string => {
  if (index <= 0) return ' '
  const low = text.charCodeAt(index - 1)
  return low >= 0xdc00 && low <= 0xdfff && index >= 2
    ? text.slice(index - 2, index)
    : text[index - 1]!
}
const charAfter = (text: string, index: number): string =>
  index >= text.length ? ' ' : String.fromCodePoint(text.codePointAt(index) ?? 32)

const runLength = (text: string, from: number, char: string) => {
  let end = from
  while (text[end] === char) end += 1
  return end - from
}

/** CommonMark's left/right-flanking rules for a run of `*`, `_` or `~`. */
const delimiterRun = (text: string, from: number, count: number): DelimiterRun => {
  const char = text[from] as DelimiterRun['char']
  const before = charBefore(text, from)
  const after = charAfter(text, from + count)
  const spaceBefore = WHITESPACE.test(before)
  const spaceAfter = WHITESPACE.test(after)
  const punctBefore = PUNCTUATION.test(before)
  const punctAfter = PUNCTUATION.test(after)
  const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore)
  const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter)
  const underscore = char === '_'
  return {
    type: 'delimiter',
    char,
    count,
    canOpen: underscore ? left && (!right || punctBefore) : left,
    canClose: underscore ? right && (!left || punctAfter) : right,
  }
}

/** Positions of backtick runs by length, consumed left to right (linear overall). */
const backtickRuns = (text: string) => {
  const byLength = new Map<number, { positions: number[]; cursor: number }>()
  for (let index = text.indexOf('`'); index !== -1;) {
    const length = runLength(text, index, '`')
    const runs = byLength.get(length) ?? { positions: [], cursor: 0 }
    runs.positions.push(index)
    byLength.set(length, runs)
    index = text.indexOf('`', index + length)
  }
  return (after: number, length: number): number | undefined => {
    const runs = byLength.get(length)
    if (!runs) return undefined
    while ((runs.positions[runs.cursor] ?? Infinity) <= after) runs.cursor += 1
    return runs.positions[runs.cursor]
  }
}

/** `(url "title")` after a link label: the URL and where the link ends. */
const readDestination = (text: string, from: number) => {
  let index = from
  const skipSpace = () => {
    while (index < text.length && /[ \t\n]/.test(text[index]!)) index += 1
  }
  skipSpace()
  let url = ''
  if (text[index] === '<') {
    const close = text.indexOf('>', index)
    if (close === -1 || close - index > MAX_URL) return undefined
    url = text.slice(index + 1, close)
    if (/[<\n]/.test(url)) return undefined
    index = close + 1
  } else {
    let parens = 0
    const start = index
    for (; index < text.length && index - start <= MAX_URL; index += 1) {
      const char = text[index]!
      if (char === '\\' && index + 1 < text.length) index += 1
      else if (/\s/.test(char)) break
      else if (char === '(') parens += 1
      else if (char === ')' && parens-- === 0) break
    }
    url = text.slice(start, index).replace(/\\([!-/:-@[-`{-~])/g, '$1')
  }
  skipSpace()
  const quote = text[index]
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, index + 1)
    if (close === -1 || close - index > MAX_LABEL) return undefined
    index = close + 1
    skipSpace()
  }
  return text[index] === ')' ? { url, end: index + 1 } : undefined
}

const readLink = (text: string, from: number, depth: number) => {
  const image = text[from] === '!'
  const open = image ? from + 1 : from
  let nesting = 0
  let close = -1
  for (let index = open; index < text.length && index - open <= MAX_LABEL; index += 1) {
    const char = text[index]
    if (char === '\\') index += 1
    else if (char === '[') nesting += 1
    else if (char === ']' && --nesting === 0) {
      close = index
      break
    }
  }
  if (close === -1 || text[close + 1] !== '(') return undefined
  const destination = readDestination(text, close + 2)
  if (!destination) return undefined
  const label = text.slice(open + 1, close)
  const href = safeLinkUrl(destination.url)
  const end = destination.end
  // an unsafe address is shown exactly as typed, never as a link
  if (!href) return { inline: { type: 'text', text: text.slice(from, end) } as Inline, end }
  if (image) return { inline: { type: 'image', href, alt: label.trim() } as Inline, end }
  const children = depth < MAX_DEPTH ? parseInline(label, depth + 1, true) : [textOf(label)]
  return { inline: { type: 'link', href, children } as Inline, end }
}

const textOf = (text: string): Inline => ({ type: 'text', text })

/** A bare URL's end: trailing punctuation and unbalanced `)` belong to the sentence. */
const trimBareUrl = (url: string): string => {
  let end = url.length
  for (;;) {
    const last = url[end - 1]
    if (last !== undefined && `?!.,:;*_~'"`.includes(last)) end -= 1
    else if (last === ')') {
      const slice = url.slice(0, end)
      if (slice.split(')').length > slice.split('(').length) end -= 1
      else break
    } else break
  }
  return url.slice(0, end)
}

/** Parses one paragraph's (or heading's) inline Markdown. `inLink` forbids nested links. */
export function parseInline(source: string, depth = 0, inLink = false): Inline[] {
  const pieces: Piece[] = []
  let text = ''
  const flush = () => {
    if (text !== '') pieces.push(textOf(text))
    text = ''
  }
  const push = (piece: Piece) => {
    flush()
    pieces.push(piece)
  }
  const closingTicks = backtickRuns(source)
  let index = 0
  while (index < source.length) {
    const char = source[index]!
    const next = source[index + 1]
    if (char === '\\' && next !== undefined && (next === '\n' || ESCAPABLE.test(next))) {
      if (next === '\n') push({ type: 'break' })
      else text += next
      index += 2
      continue
    }
    if (char === '\n') {
      text = text.trimEnd()
      push({ type: 'break' })
      index += 1
      while (source[index] === ' ' || source[index] === '\t') index += 1
      continue
    }
    if (char === '`') {
      const length = runLength(source, index, '`')
      const close = closingTicks(index, length)
      if (close === undefined) text += source.slice(index, index + length)
      else {
        let code = source.slice(index + length, close).replace(/\n/g, ' ')
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '')
          code = code.slice(1, -1)
        push({ type: 'code', text: code })
      }
      index = close === undefined ? index + length : close + length
      continue
    }
    if (char === '*' || char === '_' || char === '~') {
      const length = runLength(source, index, char)
      if (char === '~' && length !== 2) text += source.slice(index, index + length)
      else push(delimiterRun(source, index, length))
      index += length
      continue
    }
    if (!inLink && (char === '[' || (char === '!' && next === '['))) {
      const link = readLink(source, index, depth)
      if (link) {
        push(link.inline)
        index = link.end
        continue
      }
    }
    if (!inLink && char === '<') {
      ANGLE_LINK.lastIndex = index
      const match = ANGLE_LINK.exec(source)
      const href = match ? safeLinkUrl(match[1]) : undefined
      if (match && href) {
        push({ type: 'link', href, children: [textOf(match[1] ?? href)] })
        index += match[0].length
        continue
      }
    }
    if (!inLink && /[hHnN]/.test(char) && /[\s(*_~"']/.test(charBefore(source, index))) {
      BARE_LINK.lastIndex = index
      const match = BARE_LINK.exec(source)
      const url = match ? trimBareUrl(match[0]) : ''
      const href = url.length <= MAX_URL ? safeLinkUrl(url) : undefined
      if (href) {
        push({ type: 'link', href, children: [textOf(url)] })
        index += url.length
        continue
      }
    }
    text += char
    index += 1
  }
  flush()
  return resolveEmphasis(pieces)
}
