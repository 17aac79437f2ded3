import { useMemo } from 'react'
import type { ReactNode } from 'react'
import type { Block } from './markdown-blocks'
import { parseMarkdown } from './markdown-blocks'
import type { Inline } from './markdown-inline'

type Props = {
  /** Markdown someone else wrote (a ticket description, a cover letter). */
  text: string
  className?: string
}

/** Emphasis nested deeper than this is shown as its plain text (a hostile-input guard). */
const MAX_INLINE_DEPTH = 16

const linkClass =
  'font-medium text-amber-800 underline decoration-amber-800/40 underline-offset-2 hover:decoration-amber-800 dark:text-amber-300 dark:decoration-amber-300/40'
const headingClass: Record<number, string> = {
  1: 'text-xl font-bold',
  2: 'text-lg font-bold',
  3: 'text-base font-semibold',
}

/** The words inside inlines, without markup; iterative, so any nesting depth is safe. */
const plainText = (inlines: Inline[]): string => {
  const out: string[] = []
  const stack: Inline[] = [...inlines].reverse()
  for (let inline = stack.pop(); inline; inline = stack.pop()) {
    if (inline.type === 'text' || inline.type === 'code') out.push(inline.text)
    else if (inline.type === 'break') out.push('\n')
    else if (inline.type === 'image') out.push(inline.alt)
    else for (let i = inline.children.length - 1; i >= 0; i -= 1) stack.push(inline.children[i]!)
  }
  return out.join('')
}

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      title={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className={linkClass}
    >
      {children}
    </a>
  )
}

function renderInline(inline: Inline, key: number, depth: number): ReactNode {
  const children = (list: Inline[]) =>
    depth >= MAX_INLINE_DEPTH
      ? plainText(list)
      : list.map((child, index) => renderInline(child, index, depth + 1))
  switch (inline.type) {
    case 'text':
      return inline.text
    case 'break':
      return <br key={key} />
    case 'code':
      return (
        <code
          key={key}
          className="rounded bg-stone-100 px-1 py-0.5 font-mono text-[0.85em] dark:bg-stone-800"
        >
          {inline.text}
        </code>
      )
    case 'em':
      return <em key={key}>{children(inline.children)}</em>
    case 'strong':
      return (
        <strong key={key} className="font-semibold">
          {children(inline.children)}
        </strong>
      )
    case 'del':
      return <del key={key}>{children(inline.children)}</del>
    case 'link':
      return (
        <ExternalLink key={key} href={inline.href}>
          {children(inline.children)}
        </ExternalLink>
      )
    case 'image':
      // pictures from strangers are not loaded: the address is offered as a link instead
      return (
        <ExternalLink key={key} href={inline.href}>
          {`Image: ${inline.alt || inline.href}`}
        </ExternalLink>
      )
  }
}

const inlines = (list: Inline[]) => list.map((inline, i) => renderInline(inline, i, 0))

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{inlines(block.inlines)}</p>
    case 'heading': {
      // the page owns h1/h2: a user's headings start at h3
      const Tag = `h${Math.min(6, block.level + 2)}` as 'h3'
      return (
        <Tag key={key} className={headingClass[block.level] ?? 'text-sm font-semibold'}>
          {inlines(block.inlines)}
        </Tag>
      )
    }
    case 'code':
      return (
        <pre
          key={key}
          dir="ltr"
          className="overflow-x-auto rounded-lg bg-stone-100 p-3 font-mono text-[0.85em] leading-snug [overflow-wrap:normal] whitespace-pre dark:bg-stone-950"
        >
          <code>{block.text}</code>
        </pre>
      )
    case 'quote':
      return (
        <blockquote
          key={key}
          className="space-y-3 border-l-4 border-stone-300 pl-3 text-stone-600 dark:border-stone-700 dark:text-stone-400"
        >
          {block.children.map(renderBlock)}
        </blockquote>
      )
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index} className="space-y-2 pl-1">
          {item.length === 1 && item[0]?.type === 'paragraph'
            ? inlines(item[0].inlines)
            : item.map(renderBlock)}
        </li>
      ))
      return block.ordered ? (
        <ol
          key={key}
          start={block.start === 1 ? undefined : block.start}
          className="list-decimal space-y-1 pl-6"
        >
          {items}
        </ol>
      ) : (
        <ul key={key} className="list-disc space-y-1 pl-6">
          {items}
        </ul>
      )
    }
    case 'rule':
      return <hr key={key} className="border-stone-200 dark:border-stone-800" />
  }
}

/**
 * Renders Markdown (parsed by micromark, see markdown-blocks.ts) as React elements, never as
 * HTML: raw HTML stays visible text, links go only to http(s) and nostr: addresses and open in a
 * new tab without referrer, images are not loaded but shown as links. Direction follows the text
 * (RTL works) and long words wrap. Linear in the text, whatever it holds. Lazy-load it (default
 * export) to keep it out of the feed's first bundle.
 */
export function Markdown({ text, className = '' }: Props) {
  const content = useMemo(() => parseMarkdown(text).map(renderBlock), [text])
  return (
    <div
      dir="auto"
      className={`min-w-0 space-y-3 leading-relaxed [overflow-wrap:anywhere] break-words ${className}`}
    >
      {content}
    </div>
  )
}

export default Markdown
