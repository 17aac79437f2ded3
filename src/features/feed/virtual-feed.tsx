import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { rowOffsets, visibleRows } from './virtual-range'

/** At most this many rows exist in the DOM, whatever the screen or the number of tickets. */
const MAX_ROWS = 40
const OVERSCAN_PX = 600

type Props<T> = {
  items: readonly T[]
  keyOf: (item: T) => string
  /** Height of a row not measured yet, gap included. */
  estimatedHeight: number
  renderItem: (item: T, labelId: string) => ReactNode
  label: string
  /** More items are still loading: the set size is not known yet. */
  busy: boolean
}

type Viewport = { top: number; bottom: number }

/**
 * A windowed list of articles scrolled with the page: only the rows near the viewport are in the
 * DOM (measured as they render), the rest is empty space of the right height. A WAI-ARIA feed:
 * each row is a focusable article with its position in the set; Page Down / Page Up (or the
 * arrow keys) move between articles, scrolling rows into the DOM as needed.
 */
export function VirtualFeed<T>({
  items,
  keyOf,
  estimatedHeight,
  renderItem,
  label,
  busy,
}: Props<T>) {
  const listRef = useRef<HTMLDivElement>(null)
  const heights = useRef(new Map<string, number>())
  const [measured, setMeasured] = useState(0)
  const [viewport, setViewport] = useState<Viewport>({ top: 0, bottom: 1200 })
  const [focusIndex, setFocusIndex] = useState<number>()

  const offsets = useMemo(
    () =>
      rowOffsets(items.length, (i) => heights.current.get(keyOf(items[i] as T)) ?? estimatedHeight),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `measured` tracks the heights map
    [items, keyOf, estimatedHeight, measured],
  )

  const readViewport = useCallback(() => {
    const list = listRef.current
    if (!list) return
    const top = -list.getBoundingClientRect().top
    setViewport((current) =>
      Math.abs(current.top - top) < 40 && current.bottom - current.top === window.innerHeight
        ? current
        : { top, bottom: top + window.innerHeight },
    )
  }, [])

  useLayoutEffect(() => {
    readViewport()
    let frame = 0
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(readViewport)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
    }
  }, [readViewport])

  const observer = useMemo(() => {
    if (typeof ResizeObserver === 'undefined') return undefined
    let frame = 0
    return new ResizeObserver((entries) => {
      let changed = false
      for (const entry of entries) {
        const element = entry.target as HTMLElement
        const key = element.dataset.key
        const height = element.offsetHeight
        if (key && height > 0 && heights.current.get(key) !== height) {
          heights.current.set(key, height)
          changed = true
        }
      }
      if (!changed) return
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setMeasured((n) => n + 1))
    })
  }, [])
  useEffect(() => () => observer?.disconnect(), [observer])

  const { start, end } = visibleRows(offsets, viewport.top, viewport.bottom, OVERSCAN_PX, MAX_ROWS)

  useEffect(() => {
    if (focusIndex === undefined) return
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"]`)
    if (!row) return
    row.focus()
    setFocusIndex(undefined)
  }, [focusIndex, start, end])

  const moveFocus = (index: number) => {
    const target = Math.max(0, Math.min(items.length - 1, index))
    const list = listRef.current
    if (!list) return
    const rowTop = list.getBoundingClientRect().top + window.scrollY + (offsets[target] ?? 0)
    const rowBottom = rowTop + ((offsets[target + 1] ?? 0) - (offsets[target] ?? 0))
    if (rowTop < window.scrollY + 80 || rowBottom > window.scrollY + window.innerHeight) {
      window.scrollTo({ top: Math.max(0, rowTop - 80) })
      readViewport()
    }
    setFocusIndex(target)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = event.target as HTMLElement
    const index = Number(row.dataset.index)
    if (row.getAttribute('role') !== 'article' || !Number.isInteger(index)) return
    const step = { PageDown: 1, ArrowDown: 1, PageUp: -1, ArrowUp: -1 }[event.key]
    if (step === undefined) return
    event.preventDefault()
    moveFocus(index + step)
  }

  const setSize = busy ? -1 : items.length
  return (
    <div
      ref={listRef}
      role="feed"
      aria-label={label}
      aria-busy={busy}
      data-ticket-count={items.length}
      onKeyDown={onKeyDown}
      className="relative"
      style={{ height: offsets[items.length] }}
    >
      <div className="absolute inset-x-0" style={{ top: offsets[start] }}>
        {items.slice(start, end).map((item, i) => {
          const index = start + i
          const key = keyOf(item)
          const labelId = `feed-row-${index}`
          return (
            <div
              key={key}
              role="article"
              tabIndex={0}
              data-index={index}
              data-key={key}
              aria-posinset={index + 1}
              aria-setsize={setSize}
              aria-labelledby={labelId}
              ref={(element) => {
                if (!element || !observer) return
                observer.observe(element)
                return () => observer.unobserve(element)
              }}
              className="rounded-2xl pb-3 outline-none focus-visible:[&>*]:ring-2 focus-visible:[&>*]:ring-bitcoin"
            >
              {renderItem(item, labelId)}
            </div>
          )
        })}
      </div>
    </div>
  )
}
