import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { FeedArticle, FeedFrame, articleAt, isNearEnd, rowLabelId } from './feed-frame'
import type { FeedListProps } from './feed-frame'

/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN_ROWS = 4
/** Room kept around a row scrolled to by keyboard: on phones the header and tabs stay put. */
const HEADER_CLEARANCE_PX = 80
const TABS_CLEARANCE_PX = 80

/**
 * The list's distance from the top of the page, kept current as the content above it (toolbar,
 * topic chips, the new-tickets pill) changes height: the virtualizer needs it as scroll margin.
 */
function usePageTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0)
  useLayoutEffect(() => {
    const list = ref.current
    if (!list) return
    const read = () => setTop(Math.round(list.getBoundingClientRect().top + window.scrollY))
    read()
    const observer = new ResizeObserver(read)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [ref])
  return top
}

type Props<T> = FeedListProps<T> & {
  /** Article to focus once it is rendered (it had the focus in the list this one replaces). */
  initialFocus?: number
}

/**
 * A windowed list of articles scrolled with the page (@tanstack/react-virtual): only the rows
 * near the viewport are in the DOM, measured as they render; the rest is empty space of the
 * estimated or measured height. Moving by keyboard scrolls the next article into the DOM first.
 */
export function VirtualFeed<T>(props: Props<T>) {
  const { items, keyOf, estimatedHeight, renderItem, initialFocus, onNearEnd } = props
  const frameRef = useRef<HTMLDivElement>(null)
  const scrollMargin = usePageTop(frameRef)
  const [focusIndex, setFocusIndex] = useState(initialFocus)
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimatedHeight,
    getItemKey: (index) => keyOf(items[index] as T),
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    scrollPaddingStart: HEADER_CLEARANCE_PX,
    scrollPaddingEnd: TABS_CLEARANCE_PX,
  })
  const rows = virtualizer.getVirtualItems()
  const nearEnd = isNearEnd(rows.at(-1)?.index ?? -1, items.length)

  useEffect(() => onNearEnd?.(nearEnd), [nearEnd, onNearEnd])

  // the article asked for is scrolled into the DOM, and gets the focus once it is there
  useEffect(() => {
    if (initialFocus !== undefined) virtualizer.scrollToIndex(initialFocus)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the list this one replaces
  }, [])
  useEffect(() => {
    if (focusIndex === undefined) return
    const article = articleAt(frameRef.current, focusIndex)
    if (!article) return
    article.focus({ preventScroll: true })
    setFocusIndex(undefined)
  }, [focusIndex, rows])

  const onStep = (target: number) => {
    virtualizer.scrollToIndex(target)
    setFocusIndex(target)
  }

  return (
    <FeedFrame
      list={props}
      onStep={onStep}
      frameRef={frameRef}
      style={{ height: virtualizer.getTotalSize() }}
    >
      <div
        className="absolute inset-x-0"
        style={{ top: (rows[0]?.start ?? scrollMargin) - scrollMargin }}
      >
        {rows.map(({ index, key }) => (
          <FeedArticle key={key} index={index} list={props} articleRef={virtualizer.measureElement}>
            {renderItem(items[index] as T, rowLabelId(index))}
          </FeedArticle>
        ))}
      </div>
    </FeedFrame>
  )
}
