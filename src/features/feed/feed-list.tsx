import { useEffect, useRef, useState } from 'react'
import { afterPaint } from './after-paint'
import type { VirtualFeed } from './virtual-feed'
import { FeedArticle, FeedFrame, articleAt, isNearEnd, rowLabelId } from './feed-frame'
import type { FeedListProps } from './feed-frame'

/** Enough rows to fill the first screen of a phone or laptop (the estimate is ~170 px). */
const FIRST_ROWS = 6

type Windowed = { List: typeof VirtualFeed; focus?: number }

/**
 * The feed's list. The first screen is painted from the first rows alone, and stays so while
 * they are all there is to see. Once that frame is painted the virtualizer (@tanstack/react-
 * virtual, ~4 KB gzip) is fetched; it takes over with every row, keeping the focused article, as
 * soon as more rows are wanted: the reader scrolls or steps past the last row by keyboard, or the
 * first rows do not fill the window. So neither the first tickets nor the first seconds of a
 * visit wait for it. A failed download reaches the page's error boundary, as a lazy page's would.
 */
export function FeedList<T>(props: FeedListProps<T>) {
  const { items, keyOf, renderItem, onNearEnd } = props
  const frameRef = useRef<HTMLDivElement>(null)
  const takeOver = useRef<(focus?: number) => void>(undefined)
  const [windowed, setWindowed] = useState<Windowed>()
  const [failure, setFailure] = useState<unknown>()
  if (failure) throw failure

  const firstRows = Math.min(items.length, FIRST_ROWS)
  const nearEnd = !windowed && isNearEnd(firstRows - 1, items.length)
  useEffect(() => {
    if (!windowed) onNearEnd?.(nearEnd)
  }, [windowed, nearEnd, onNearEnd])

  useEffect(() => {
    let active = true
    const loaded = afterPaint().then(() => import('./virtual-feed'))
    const start = (focus?: number) => {
      stopWatching()
      loaded.then(({ VirtualFeed: List }) => {
        if (active) setWindowed({ List, focus })
      }, setFailure)
    }
    const onScroll = () => start()
    const onResize = () => {
      const frame = frameRef.current
      if (frame && frame.getBoundingClientRect().bottom < window.innerHeight) start()
    }
    const stopWatching = () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onResize)
    }
    takeOver.current = start
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onResize)
    void loaded.then(onResize, () => {})
    return () => {
      active = false
      stopWatching()
    }
  }, [])

  if (windowed) return <windowed.List {...props} initialFocus={windowed.focus} />
  const onStep = (target: number) => {
    if (target < firstRows) articleAt(frameRef.current, target)?.focus()
    else takeOver.current?.(target)
  }
  return (
    <FeedFrame list={props} onStep={onStep} frameRef={frameRef}>
      {items.slice(0, firstRows).map((item, index) => (
        <FeedArticle key={keyOf(item)} index={index} list={props}>
          {renderItem(item, rowLabelId(index))}
        </FeedArticle>
      ))}
    </FeedFrame>
  )
}
