import type { Definition, Nodes, RootContent } from 'mdast'
import type { WorkMeter } from './link-scan'
import type { Inline, InlineContext } from './markdown-inline'
import { inlinesOf } from './markdown-inline'
import { parseMarkdownTree } from './markdown-syntax'
import type { UnitJoin } from './markdown-units'
import { splitMarkdown } from './markdown-units'

/**
 * The block half: Markdown text as blocks ready to render — paragraphs, headings, fenced code,
 * quotes, lists, rules. Parsed by micromark piece by piece (markdown-units.ts says why), the
 * pieces joined back where a cut fell inside a block. Nesting deeper than `MAX_DEPTH` is shown
 * as the plain text it holds.
 */

export type Block =
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'heading'; level: number; inlines: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'rule' }

const MAX_DEPTH = 8

/** The words inside any node, without markup; iterative, so any depth is safe. */
const plainText = (root: Nodes): string => {
  const out: string[] = []
  const stack: Nodes[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition') continue
    if ('value' in node) out.push(node.value)
    else if (node.type === 'break') out.push('\n')
    else if ('children' in node) {
      if (node.type === 'paragraph' || node.type === 'heading') out.push('\n')
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!)
    }
  }
  return out.join('').trim()
}

const plainParagraph = (node: Nodes): Block => ({
  type: 'paragraph',
  inlines: plainText(node)
    .split('\n')
    .flatMap((line, index): Inline[] =>
      index === 0
        ? [{ type: 'text', text: line }]
        : [{ type: 'break' }, { type: 'text', text: line }],
    ),
})

function blocksOf(nodes: RootContent[], context: InlineContext, depth: number): Block[] {
  const blocks: Block[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        blocks.push({ type: 'paragraph', inlines: inlinesOf(node.children, context) })
        break
      case 'heading':
        blocks.push({
          type: 'heading',
          level: node.depth,
          inlines: inlinesOf(node.children, context),
        })
        break
      case 'code':
        blocks.push({ type: 'code', text: node.value })
        break
      case 'thematicBreak':
        blocks.push({ type: 'rule' })
        break
      case 'blockquote':
        blocks.push(
          depth < MAX_DEPTH
            ? { type: 'quote', children: blocksOf(node.children, context, depth + 1) }
            : plainParagraph(node),
        )
        break
      case 'list':
        blocks.push(
          depth < MAX_DEPTH
            ? {
                type: 'list',
                ordered: node.ordered ?? false,
                start: node.start ?? 1,
                items: node.children.map((item) => blocksOf(item.children, context, depth + 1)),
              }
            : plainParagraph(node),
        )
        break
      case 'definition':
        break
      default:
        blocks.push(plainParagraph(node))
    }
  }
  return blocks
}

const definitionsOf = (nodes: RootContent[]): Map<string, Definition> => {
  const found = new Map<string, Definition>()
  for (const node of nodes) {
    if (node.type === 'definition' && !found.has(node.identifier)) found.set(node.identifier, node)
  }
  return found
}

/** The paragraph or heading a cut line goes on in: the last one, inside quotes and lists. */
const lastText = (blocks: Block[]): Extract<Block, { inlines: Inline[] }> | undefined => {
  let block = blocks.at(-1)
  for (;;) {
    if (block?.type === 'quote') block = block.children.at(-1)
    else if (block?.type === 'list') block = block.items.at(-1)?.at(-1)
    else return block?.type === 'paragraph' || block?.type === 'heading' ? block : undefined
  }
}

/** Appends a piece's blocks, joining a list, quote, paragraph, line or code block cut in two. */
const append = (blocks: Block[], next: Block[], join: UnitJoin): void => {
  const last = blocks.at(-1)
  const first = next[0]
  const target = join === 'line' || join === 'line-space' ? lastText(blocks) : undefined
  let rest = next
  if (target && first?.type === 'paragraph') {
    if (join === 'line-space') target.inlines.push({ type: 'text', text: ' ' })
    for (const inline of first.inlines) target.inlines.push(inline)
    rest = next.slice(1)
  } else if (last && first) {
    const joins = join !== 'none'
    if (last.type === 'list' && first.type === 'list' && last.ordered === first.ordered) {
      for (const item of first.items) last.items.push(item)
      rest = next.slice(1)
    } else if (joins && last.type === 'quote' && first.type === 'quote') {
      append(last.children, first.children, join)
      rest = next.slice(1)
    } else if (joins && last.type === 'paragraph' && first.type === 'paragraph') {
      last.inlines.push({ type: 'break' })
      for (const inline of first.inlines) last.inlines.push(inline)
      rest = next.slice(1)
    } else if (joins && last.type === 'code' && first.type === 'code') {
      last.text += `\n${first.text}`
      rest = next.slice(1)
    }
  }
  for (const block of rest) blocks.push(block)
}

/** Parses Markdown someone wrote into blocks. Linear in the text (see the tests). */
export function parseMarkdown(source: string, meter?: WorkMeter): Block[] {
  const blocks: Block[] = []
  for (const unit of splitMarkdown(source.replace(/\0/g, '\uFFFD'))) {
    const tree = parseMarkdownTree(unit.text, unit.codeSpans)
    const context = { source: unit.text, definitions: definitionsOf(tree.children), meter }
    append(blocks, blocksOf(tree.children, context, 0), unit.join)
  }
  return blocks
}
