/** Where each row starts: `offsets[i]` is the top of row i, `offsets[count]` the total height. */
export const rowOffsets = (count: number, heightOf: (index: number) => number): Float64Array => {
  const offsets = new Float64Array(count + 1)
  for (let index = 0; index < count; index++) {
    offsets[index + 1] = (offsets[index] ?? 0) + heightOf(index)
  }
  return offsets
}

/** The first row whose bottom is below `y` (binary search over `offsets`). */
const rowAt = (offsets: Float64Array, y: number): number => {
  let low = 0
  let high = offsets.length - 2
  while (low < high) {
    const middle = (low + high) >> 1
    if ((offsets[middle + 1] ?? 0) <= y) low = middle + 1
    else high = middle
  }
  return Math.max(0, low)
}

/**
 * The rows to render (`start` inclusive, `end` exclusive) for a viewport from `top` to `bottom`
 * (pixels from the top of the list), with `overscan` pixels more on each side, never more than
 * `maxRows` rows.
 */
export const visibleRows = (
  offsets: Float64Array,
  top: number,
  bottom: number,
  overscan: number,
  maxRows: number,
): { start: number; end: number } => {
  const count = offsets.length - 1
  if (count <= 0 || bottom + overscan < 0) return { start: 0, end: Math.min(count, 1) }
  const start = rowAt(offsets, Math.max(0, top - overscan))
  let end = start
  while (end < count && end - start < maxRows && (offsets[end] ?? 0) < bottom + overscan) end++
  return { start, end: Math.max(end, Math.min(start + 1, count)) }
}
