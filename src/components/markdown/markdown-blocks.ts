/**
 * The block half of a small, safe Markdown subset (CommonMark-like): paragraphs, ATX headings,
 * fenced code, block quotes, bullet and ordered lists, thematic breaks. Anything else is text.
 * Raw HTML is never recognised: it stays text. Linear in the input apart from nesting, which is
 * capped so hostile input cannot blow the stack.
 */

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: number; text: string }
  | { type: 'code'; info: string; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'rule' }

/** Deeper quotes and lists are shown as plain paragraphs. */
const MAX_DEPTH = 8

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/
const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const QUOTE = /^ {0,3}> ?(.*)$/
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/

type ItemStart = {
  ordered: boolean
  /** The bullet character or the ordered delimiter (`.` or `)`). */
  mark: string
  start: number
  contentIndent: number
  content: string
}

const isBlank = (line: string) => line.trim() === ''

/** Columns of leading whitespace (a tab counts to the next multiple of 4). */
const indentOf = (line: string): number => {
  let columns = 0
  for (const char of line) {
    if (char === ' ') columns += 1
    else if (char === '\t') columns += 4 - (columns % 4)
    else break
  }
  return columns
}

/** `line` without up to `columns` columns of leading whitespace. */
const stripIndent = (line: string, columns: number): string => {
  let seen = 0
  let index = 0
  while (index < line.length && seen < columns) {
    const char = line[index]
    if (char === ' ') seen += 1
    else if (char === '\t') seen += 4 - (seen % 4)
    else break
    index += 1
  }
  return line.slice(index)
}

const readFence = (line: string) => {
  const match = FENCE.exec(line)
  if (!match) return undefined
  const [, indent = '', marker = '', info = ''] = match
  // a backtick fence's info string may not contain backticks (that is inline code)
  if (marker.startsWith('`') && info.includes('`')) return undefined
  return { indent: indent.length, marker, info: info.trim() }
}

const isClosingFence = (line: string, marker: string) => {
  const trimmed = line.trim()
  const char = marker[0] ?? '`'
  return (
    indentOf(line) < 4 && trimmed.length >= marker.length && [...trimmed].every((c) => c === char)
  )
}

const readItemStart = (line: string): ItemStart | undefined => {
  const match = ITEM.exec(line)
  if (!match) return undefined
  const [, indent = '', marker = '', spaces = '', rest = ''] = match
  const ordered = /\d/.test(marker)
  const gap = spaces.length === 0 ? 1 : spaces.length > 4 ? 1 : spaces.length
  return {
    ordered,
    mark: marker.slice(-1),
    start: ordered ? Number.parseInt(marker, 10) : 1,
    contentIndent: indent.length + marker.length + gap,
    content: spaces.length > 4 ? spaces.slice(1) + rest : rest,
  }
}

const readHeading = (line: string): Block | undefined => {
  const match = HEADING.exec(line)
  if (!match) return undefined
  let text = (match[2] ?? '').trim()
  // an optional closing run of #s, when it stands apart from the text
  let end = text.length
  while (end > 0 && text[end - 1] === '#') end -= 1
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = text.slice(0, end).trim()
  return { type: 'heading', level: (match[1] ?? '#').length, text }
}

/** Whether `line` ends a paragraph (starts a block that may interrupt one). */
const interruptsParagraph = (line: string): boolean => {
  if (readFence(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line)) return true
  const item = readItemStart(line)
  return item !== undefined && item.content.trim() !== '' && (!item.ordered || item.start === 1)
}

const readList = (lines: string[], from: number, depth: number) => {
  const first = readItemStart(lines[from] ?? '') as ItemStart
  const items: string[][] = []
  let current = [first.content]
  let contentIndent = first.contentIndent
  let index = from + 1
  while (index < lines.length) {
    const line = lines[index] ?? ''
    if (isBlank(line)) current.push('')
    else if (indentOf(line) >= contentIndent) current.push(stripIndent(line, contentIndent))
    else {
      const next = RULE.test(line) ? undefined : readItemStart(line)
      if (next && next.ordered === first.ordered && next.mark === first.mark) {
        items.push(current)
        current = [next.content]
        contentIndent = next.contentIndent
      } else if (!isBlank(current.at(-1) ?? '') && !interruptsParagraph(line)) {
        current.push(line.trim()) // a lazy continuation of the item's paragraph
      } else break
    }
    index += 1
  }
  items.push(current)
  const block: Block = {
    type: 'list',
    ordered: first.ordered,
    start: first.start,
    items: items.map((item) =>
      depth < MAX_DEPTH
        ? blocksOf(item, depth + 1)
        : [{ type: 'paragraph', text: item.join('\n').trim() }],
    ),
  }
  return { block, end: index }
}

function blocksOf(lines: string[], depth: number): Block[] {
  const blocks: Block[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index] ?? ''
    if (isBlank(line)) {
      index += 1
      continue
    }
    const fence = readFence(line)
    if (fence) {
      const body: string[] = []
      index += 1
      while (index < lines.length && !isClosingFence(lines[index] ?? '', fence.marker)) {
        body.push(stripIndent(lines[index] ?? '', fence.indent))
        index += 1
      }
      index += 1 // the closing fence (or the end of the text)
      blocks.push({ type: 'code', info: fence.info, text: body.join('\n') })
      continue
    }
    const heading = readHeading(line)
    if (heading) {
      blocks.push(heading)
      index += 1
      continue
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' })
      index += 1
      continue
    }
    if (QUOTE.test(line)) {
      const inner: string[] = []
      for (let match = QUOTE.exec(line); match; match = QUOTE.exec(lines[index] ?? '')) {
        inner.push(match[1] ?? '')
        index += 1
        if (index >= lines.length) break
      }
      blocks.push(
        depth < MAX_DEPTH
          ? { type: 'quote', children: blocksOf(inner, depth + 1) }
          : { type: 'paragraph', text: inner.join('\n').trim() },
      )
      continue
    }
    if (readItemStart(line)) {
      const list = readList(lines, index, depth)
      blocks.push(list.block)
      index = list.end
      continue
    }
    const paragraph = [line.trim()]
    index += 1
    while (index < lines.length) {
      const next = lines[index] ?? ''
      if (isBlank(next) || interruptsParagraph(next)) break
      paragraph.push(next.trim())
      index += 1
    }
    blocks.push({ type: 'paragraph', text: paragraph.join('\n') })
  }
  return blocks
}

/** Splits Markdown text into blocks; inline content stays raw text for `parseInline`. */
export function parseBlocks(source: string): Block[] {
  const text = source.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')
  return blocksOf(text.split('\n'), 0)
}
