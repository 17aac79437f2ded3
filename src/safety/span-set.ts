import { countWork } from './work-meter'

type Span = { start: number; end: number }

/**
 * Spans that do not overlap, kept in order, so checking or adding one looks at its two
 * neighbours only (a binary search): the guard stays linear however many things it finds.
 */
export function spanSet() {
  const spans: Span[] = []
  /** Where `span` would go among the kept spans, ordered by start. */
  const place = (span: Span) => {
    let [low, high] = [0, spans.length]
    while (low < high) {
      countWork(1)
      const middle = (low + high) >> 1
      if (spans[middle]!.start < span.start) low = middle + 1
      else high = middle
    }
    return low
  }
  const clashes = (span: Span, at: number) =>
    (spans[at - 1]?.end ?? -Infinity) > span.start || (spans[at]?.start ?? Infinity) < span.end
  return {
    /** Whether a kept span shares a character with `span`. */
    overlaps: (span: Span): boolean => clashes(span, place(span)),
    /** Keeps `span` unless it overlaps a kept one; says whether it was kept. */
    add: (span: Span): boolean => {
      const at = place(span)
      if (clashes(span, at)) return false
      spans.splice(at, 0, span)
      return true
    },
  }
}

/** The span among `sorted` (in order, not overlapping) that contains `inner`, if any. */
export function containing<T extends Span>(sorted: readonly T[], inner: Span): T | undefined {
  let [low, high] = [0, sorted.length]
  while (low < high) {
    countWork(1)
    const middle = (low + high) >> 1
    if (sorted[middle]!.start <= inner.start) low = middle + 1
    else high = middle
  }
  const candidate = sorted[low - 1]
  return candidate && candidate.start <= inner.start && inner.end <= candidate.end
    ? candidate
    : undefined
}
