/**
 * Emphasis for the Markdown subset: CommonMark's delimiter-run algorithm ("process emphasis",
 * with the rule of three and openers_bottom) over a linked list, so it stays linear on hostile
 * input. `~~text~~` is strikethrough (GFM); single tildes are plain text.
 */

/** Inline content, ready to render. Text is always rendered as text. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'em' | 'strong' | 'del'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; href: string; alt: string }
  | { type: 'break' }

/** A run of `*`, `_` or `~~` that may open and/or close emphasis. */
export type DelimiterRun = {
  type: 'delimiter'
  char: '*' | '_' | '~'
  count: number
  canOpen: boolean
  canClose: boolean
}

export type Piece = Inline | DelimiterRun

type Cell = { piece: Piece; prev: Cell | null; next: Cell | null }
type Delimiter = {
  cell: Cell
  run: DelimiterRun
  original: number
  /** Position among the delimiters, in text order. */
  index: number
  prev: Delimiter | null
  next: Delimiter | null
}

/** Appends an inline, merging adjacent text. */
export const pushInline = (list: Inline[], piece: Piece): void => {
  const inline: Inline =
    piece.type === 'delimiter' ? { type: 'text', text: piece.char.repeat(piece.count) } : piece
  const last = list.at(-1)
  if (inline.type === 'text' && last?.type === 'text') last.text += inline.text
  else if (inline.type !== 'text' || inline.text !== '') list.push(inline)
}

const canPair = (opener: Delimiter, closer: Delimiter): boolean => {
  const a = opener.run
  const b = closer.run
  if (a.char !== b.char || !a.canOpen) return false
  if (a.char === '~') return a.count === b.count
  // the rule of three (CommonMark 6.2, rule 9/10)
  const sum = opener.original + closer.original
  return !(
    (a.canClose || b.canOpen) &&
    sum % 3 === 0 &&
    (opener.original % 3 !== 0 || closer.original % 3 !== 0)
  )
}

/** Turns pieces with delimiter runs into nested em/strong/del inlines. */
export function resolveEmphasis(pieces: Piece[]): Inline[] {
  const head: Cell = { piece: { type: 'text', text: '' }, prev: null, next: null }
  let last = head
  let first: Delimiter | null = null
  let tail: Delimiter | null = null
  let count = 0
  for (const piece of pieces) {
    const cell: Cell = { piece, prev: last, next: null }
    last.next = cell
    last = cell
    if (piece.type !== 'delimiter') continue
    const delimiter: Delimiter = {
      cell,
      run: piece,
      original: piece.count,
      index: count,
      prev: tail,
      next: null,
    }
    count += 1
    if (tail) tail.next = delimiter
    else first = delimiter
    tail = delimiter
  }
  const unlink = (delimiter: Delimiter, dropCell: boolean) => {
    if (delimiter.prev) delimiter.prev.next = delimiter.next
    else first = delimiter.next
    if (delimiter.next) delimiter.next.prev = delimiter.prev
    if (!dropCell) return
    const { cell } = delimiter
    if (cell.prev) cell.prev.next = cell.next
    if (cell.next) cell.next.prev = cell.prev
  }

  // openers_bottom as positions, not delimiters: a bottom delimiter may leave the list later
  // (paired or dropped), and a search that missed it would walk to the start every time
  const bottoms = new Map<string, number>()
  let closer: Delimiter | null = first
  while (closer) {
    const run: DelimiterRun = closer.run
    if (!run.canClose) {
      closer = closer.next
      continue
    }
    const key = `${run.char}${run.canOpen}${closer.original % 3}`
    const bottom = bottoms.get(key) ?? -1
    let opener: Delimiter | null = closer.prev
    while (opener && opener.index > bottom && !canPair(opener, closer)) opener = opener.prev
    if (!opener || opener.index <= bottom) {
      bottoms.set(key, closer.prev?.index ?? -1)
      const next: Delimiter | null = closer.next
      if (!run.canOpen) unlink(closer, false)
      closer = next
      continue
    }
    const use = run.char === '~' ? run.count : opener.run.count >= 2 && run.count >= 2 ? 2 : 1
    opener.run.count -= use
    run.count -= use
    const children: Inline[] = []
    for (let cell = opener.cell.next; cell && cell !== closer.cell; cell = cell.next) {
      pushInline(children, cell.piece)
    }
    const type = run.char === '~' ? 'del' : use === 2 ? 'strong' : 'em'
    const wrapped: Cell = { piece: { type, children }, prev: opener.cell, next: closer.cell }
    opener.cell.next = wrapped
    closer.cell.prev = wrapped
    // delimiters between the pair are now literal text inside `children`
    opener.next = closer
    closer.prev = opener
    if (opener.run.count === 0) unlink(opener, true)
    if (run.count === 0) {
      const next: Delimiter | null = closer.next
      unlink(closer, true)
      closer = next
    }
  }

  const result: Inline[] = []
  for (let cell = head.next; cell; cell = cell.next) pushInline(result, cell.piece)
  return result
}
