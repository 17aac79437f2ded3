/** Long texts are collapsed only when at least this much more would be hidden. */
const WORTH_HIDING = 500

/**
 * The start of a long text for a collapsed view, or undefined when the text is short enough to
 * show whole. Cut near `limit` characters at a paragraph break, else a line break, else a space
 * (in the second half of the window), never inside an emoji.
 */
export function collapsedText(text: string, limit: number): string | undefined {
  if (text.length <= limit + WORTH_HIDING) return undefined
  const window = text.slice(0, limit)
  const least = Math.floor(limit / 2)
  for (const breakAt of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(breakAt)
    if (at >= least) return window.slice(0, at).trimEnd()
  }
  const last = window.charCodeAt(limit - 1)
  return last >= 0xd800 && last <= 0xdbff ? window.slice(0, -1) : window
}
