import { safeLinkUrl } from '@/nostr/safe-url'

/** A piece of message text: plain words, or a link that passed `safeLinkUrl`. */
export type TextPiece =
  { type: 'text'; text: string } | { type: 'link'; text: string; href: string }

const CANDIDATE =
  /\b(?:https?:\/\/[^\s<>"'`]+|nostr:(?:npub|note|nevent|naddr|nprofile)1[023456789acdefghjklmnpqrstuvwxyz]+)/gi
/** Punctuation that usually ends a sentence rather than a URL. */
const TRAILING = `.,;:!?)]}'"»”’`

const count = (text: string, char: string) => text.split(char).length - 1

/** Drops sentence punctuation after a URL, but keeps a ")" that closes a "(" inside it. */
const trimTrailing = (url: string) => {
  let end = url.length
  while (end > 0 && TRAILING.includes(url[end - 1] ?? '')) {
    const kept = url.slice(0, end)
    if (url[end - 1] === ')' && count(kept, '(') >= count(kept, ')')) break
    end -= 1
  }
  return url.slice(0, end)
}

/**
 * Splits someone's message into text and links. Only http(s) and nostr: links become links;
 * anything else (javascript:, data:, lookalike schemes) stays plain text.
 */
export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let last = 0
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = trimTrailing(match[0])
    const href = safeLinkUrl(raw)
    if (!href) continue
    if (match.index > last) pieces.push({ type: 'text', text: text.slice(last, match.index) })
    pieces.push({ type: 'link', text: raw, href })
    last = match.index + raw.length
  }
  if (last < text.length) pieces.push({ type: 'text', text: text.slice(last) })
  return pieces
}
