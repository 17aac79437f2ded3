import type { WorkMeter } from '@/components/markdown/link-scan'
import { findLinks } from '@/components/markdown/link-scan'

/** A piece of message text: plain words, or a link that passed `safeLinkUrl`. */
export type TextPiece =
  { type: 'text'; text: string } | { type: 'link'; text: string; href: string }

/**
 * Splits someone's message into text and links. Only http(s) and nostr: links become links;
 * anything else (javascript:, data:, lookalike schemes) stays plain text. Linear in the text,
 * whatever it holds (see `findLinks`); `meter` counts the work, for tests.
 */
export function linkify(text: string, meter?: WorkMeter): TextPiece[] {
  const pieces: TextPiece[] = []
  let last = 0
  for (const link of findLinks(text, meter)) {
    if (link.start > last) pieces.push({ type: 'text', text: text.slice(last, link.start) })
    pieces.push({ type: 'link', text: text.slice(link.start, link.end), href: link.href })
    last = link.end
  }
  if (last < text.length) pieces.push({ type: 'text', text: text.slice(last) })
  return pieces
}
