import { useMemo } from 'react'
import { Link } from '@/components/router'
import { ShowMore } from '@/components/ui/show-more'
import { linkify } from './linkify'

const linkClass =
  'font-medium underline decoration-current/40 underline-offset-2 [overflow-wrap:anywhere] hover:decoration-current'

/** An app path for nostr: links the app can show itself (people and tickets). */
const appPath = (href: string): string | undefined => {
  const match = /^nostr:((?:npub|nprofile|naddr)1[a-z0-9]+)$/.exec(href)
  if (!match?.[1]) return undefined
  return match[1].startsWith('naddr') ? `/ticket/${match[1]}` : `/p/${match[1]}`
}

type Props = {
  text: string
  /** Characters the reader cut off beyond the limit (`textCut`). */
  shortenedBy?: number
}

/**
 * Message text as someone wrote it, inert: plain text with line breaks kept, and only http(s) and
 * nostr: links clickable (web links open in a new tab, without sending this page's address). A
 * long message shows its start first, with "Show more".
 */
export function MessageText({ text, shortenedBy }: Props) {
  return (
    <ShowMore text={text} shortenedBy={shortenedBy} collapseAfter={2_000}>
      {(shown) => <LinkedText text={shown} />}
    </ShowMore>
  )
}

function LinkedText({ text }: { text: string }) {
  const pieces = useMemo(() => linkify(text), [text])
  return (
    <p dir="auto" className="break-words whitespace-pre-wrap [overflow-wrap:anywhere]">
      {pieces.map((piece, index) => {
        if (piece.type === 'text') return piece.text
        const inApp = appPath(piece.href)
        return inApp ? (
          <Link key={index} to={inApp} className={linkClass}>
            {piece.text}
          </Link>
        ) : (
          <a
            key={index}
            href={piece.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className={linkClass}
          >
            {piece.text}
          </a>
        )
      })}
    </p>
  )
}
