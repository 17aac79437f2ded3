import { useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { collapsedText } from './show-more-text'

type Props = {
  /** The text as read (already cut to the read limit, see src/nostr/read-limits.ts). */
  text: string
  /** Characters the reader cut off beyond the limit; said below the whole text. */
  shortenedBy?: number
  /** Show about this many characters until the person asks for more. */
  collapseAfter?: number
  /** Renders the part of the text to show. */
  children: (shown: string) => ReactNode
}

const buttonClass =
  'mt-2 text-sm font-medium underline decoration-current/40 underline-offset-2 hover:decoration-current'

/**
 * A long text someone else wrote, collapsed to its start with "Show more" (up to what was read),
 * and a plain note when the reader cut it: a stranger's 60 KB cannot bury the page, and nobody
 * is left wondering why a text ends early.
 */
export function ShowMore({ text, shortenedBy = 0, collapseAfter = 2_500, children }: Props) {
  const [open, setOpen] = useState(false)
  const preview = useMemo(() => collapsedText(text, collapseAfter), [text, collapseAfter])
  const whole = open || preview === undefined
  const hidden = text.length - (preview?.length ?? text.length)
  return (
    <>
      {children(whole ? text : preview)}
      {preview !== undefined && (
        <button
          type="button"
          aria-expanded={open}
          className={buttonClass}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? 'Show less' : `Show more (${hidden.toLocaleString('en')} more characters)`}
        </button>
      )}
      {whole && shortenedBy > 0 && (
        <p className="mt-2 text-xs text-stone-500 italic dark:text-stone-400">
          Shortened: {shortenedBy.toLocaleString('en')} characters not shown.
        </p>
      )}
    </>
  )
}
