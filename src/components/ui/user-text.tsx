import type { ElementType, ReactNode } from 'react'

type Props = {
  children: ReactNode
  /** Element to render; a span by default. */
  as?: ElementType
  /** Clamp to this many lines (1–4); no clamp when left out. */
  lines?: 1 | 2 | 3 | 4
  /** Keep the author's line breaks (descriptions, about texts). */
  preWrap?: boolean
  className?: string
}

const clamp = { 1: 'line-clamp-1', 2: 'line-clamp-2', 3: 'line-clamp-3', 4: 'line-clamp-4' }

/**
 * Text someone else wrote, laid out safely: plain text only (React escapes it), direction taken
 * from the text itself (RTL titles), breaks anywhere so zero-width or huge words cannot push the
 * layout wide, and optionally clamped.
 */
export function UserText({ children, as: Tag = 'span', lines, preWrap, className = '' }: Props) {
  const classes = [
    'min-w-0 [overflow-wrap:anywhere] break-words',
    lines ? clamp[lines] : '',
    preWrap ? 'whitespace-pre-wrap' : '',
    className,
  ]
  return (
    <Tag dir="auto" className={classes.filter(Boolean).join(' ')}>
      {children}
    </Tag>
  )
}
