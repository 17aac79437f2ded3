import type { Definition, PhrasingContent } from 'mdast'
import { safeLinkUrl } from '@/nostr/safe-url'
import type { WorkMeter } from './link-scan'
import { findLinks } from './link-scan'
import type { Inline, Piece } from './markdown-emphasis'
import { resolveEmphasis } from './markdown-emphasis'

export type { Inline } from './markdown-emphasis'

/**
 * The inline half: micromark's phrasing nodes (with emphasis delimiters left unpaired, see
 * markdown-syntax.ts) as `Inline`s ready to render. Links keep only http(s) and nostr:
 * addresses; any other link stays the text that was typed. Images are never loaded: they become
 * links. Bare http(s) and nostr: addresses become links (`findLinks`, linear). A line break in a
 * paragraph stays a line break.
 */

/** What inline reading needs besides the nodes: the piece's source and its definitions. */
export type InlineContext = {
  /** The Markdown the nodes were parsed from (for a refused link, shown as typed). */
  source: string
  definitions: Map<string, Definition>
  meter?: WorkMeter
}

const typed = (node: PhrasingContent, context: InlineContext): string => {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : context.source.slice(start, end)
}

/** The words inside phrasing nodes, without markup (alt text of an image). */
const wordsOf = (nodes: PhrasingContent[]): string => {
  const out: string[] = []
  const stack = [...nodes].reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('value' in node) out.push(node.value)
    else if ('alt' in node) out.push(node.alt ?? '')
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!)
  }
  return out.join('')
}

const linkTarget = (node: PhrasingContent, context: InlineContext): string | undefined => {
  if (node.type === 'link' || node.type === 'image') return node.url
  if (node.type === 'linkReference' || node.type === 'imageReference') {
    return context.definitions.get(node.identifier)?.url
  }
  return undefined
}

/** One node as pieces for `resolveEmphasis`: text, a delimiter run, or a finished inline. */
const piecesOf = (node: PhrasingContent, context: InlineContext, inLink: boolean): Piece[] => {
  switch (node.type) {
    case 'text':
      return node.value
        .split('\n')
        .flatMap((line, index): Piece[] =>
          index === 0
            ? [{ type: 'text', text: line }]
            : [{ type: 'break' }, { type: 'text', text: line }],
        )
    case 'emphasisDelimiter':
      return node.canOpen || node.canClose
        ? [
            {
              type: 'delimiter',
              char: node.char,
              count: node.value.length,
              canOpen: node.canOpen,
              canClose: node.canClose,
            },
          ]
        : [{ type: 'text', text: node.value }]
    case 'inlineCode':
      return [{ type: 'code', text: node.value }]
    case 'break':
      return [{ type: 'break' }]
    case 'link':
    case 'linkReference':
    case 'image':
    case 'imageReference': {
      const href = safeLinkUrl(linkTarget(node, context))
      if (!href) return [{ type: 'text', text: typed(node, context) }]
      if (node.type === 'image' || node.type === 'imageReference') {
        return [{ type: 'image', href, alt: (node.alt ?? '').trim() }]
      }
      return inLink
        ? [{ type: 'text', text: wordsOf(node.children) }]
        : [{ type: 'link', href, children: inlinesOf(node.children, context, true) }]
    }
    default:
      return [{ type: 'text', text: 'value' in node ? node.value : typed(node, context) }]
  }
}

/** A text's bare links made links. */
const linkedText = (text: string, context: InlineContext): Inline[] => {
  const out: Inline[] = []
  let last = 0
  for (const link of findLinks(text, context.meter)) {
    if (link.start > last) out.push({ type: 'text', text: text.slice(last, link.start) })
    const typed = text.slice(link.start, link.end)
    out.push({ type: 'link', href: link.href, children: [{ type: 'text', text: typed }] })
    last = link.end
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) })
  return out
}

/**
 * Bare links in every text of the inlines, links' own text apart. After emphasis is paired, so
 * a `_` left unpaired inside an address is part of it. Iterative: nesting cannot blow the stack.
 */
const withBareLinks = (inlines: Inline[], context: InlineContext): Inline[] => {
  const lists: Inline[][] = [inlines]
  for (let list = lists.pop(); list; list = lists.pop()) {
    const replaced = list.flatMap((inline) => {
      if (inline.type === 'text') return linkedText(inline.text, context)
      if (inline.type === 'em' || inline.type === 'strong' || inline.type === 'del') {
        lists.push(inline.children)
      }
      return [inline]
    })
    list.length = 0
    for (const inline of replaced) list.push(inline)
  }
  return inlines
}

/** Adjacent text pieces as one, spaces around a line break dropped (as CommonMark does). */
const joinText = (pieces: Piece[]): Piece[] => {
  const out: Piece[] = []
  for (const piece of pieces) {
    const last = out.at(-1)
    if (piece.type === 'text' && last?.type === 'text') last.text += piece.text
    else out.push(piece.type === 'text' ? { ...piece } : piece)
  }
  for (let index = 0; index < out.length; index += 1) {
    const piece = out[index]!
    if (piece.type !== 'text') continue
    if (out[index + 1]?.type === 'break') piece.text = piece.text.trimEnd()
    if (out[index - 1]?.type === 'break') piece.text = piece.text.trimStart()
  }
  return out
}

/** A paragraph's (or heading's, or link's) phrasing nodes as inlines. */
export function inlinesOf(
  nodes: PhrasingContent[],
  context: InlineContext,
  inLink = false,
): Inline[] {
  const inlines = resolveEmphasis(
    joinText(nodes.flatMap((node) => piecesOf(node, context, inLink))),
  )
  return inLink ? inlines : withBareLinks(inlines, context)
}
