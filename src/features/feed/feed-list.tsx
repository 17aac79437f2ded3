import { useEffect, useRef, useState } from 'react'
import type { VirtualFeed } from './virtual-feed'
import { FeedArticle, FeedFrame, articleAt, rowLabelId } from './feed-frame'
import type { FeedListProps } from './feed-frame'

/** Enough rows to fill the first screen of any phone or desktop (the estimate is ~170 px). */
const FIRST_ROWS = 10

type Windowed = { List: typeof VirtualFeed; focus?: number }

/**
 * The feed's list. The first screen is painted from the first rows alone; the virtualizer
 * (@tanstack/react-virtual, ~10 KB gzip) is fetched once that frame is painted and then takes
 * over with every row, keeping the focused article. So the first tickets never wait for it.
 * A failed download reaches the page's error boundary, as a lazy page's would.
 */
export function FeedList<T>(props: FeedListProps<T>) {
  const { items, keyOf, renderItem } = props
  const frameRef = useRef<HTMLDivElement>(null)
  const [windowed, setWindowed] = useState<Windowed>()
  const [failure, setFailure] = useState<unknown>()
  if (failure) throw failure

  useEffect(() => {
    let active = true
    // the frame with the first rows is painted after this animation frame
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        import('./virtual-feed').then(({ VirtualFeed: List }) => {
          if (!active) return
          const focused = frameRef.current?.contains(document.activeElement)
          const index = Number((document.activeElement as HTMLElement | null)?.dataset.index)
          setWindowed({ List, focus: focused && Number.isInteger(index) ? index : undefined })
        }, setFailure)
      }, 0),
    )
    return () => {
      active = false
      cancelAnimationFrame(frame)
    }
  }, [])

  if (windowed) return <windowed.List {...props} initialFocus={windowed.focus} />
  return (
    <FeedFrame
      list={props}
      onStep={(target) => articleAt(frameRef.current, target)?.focus()}
      frameRef={frameRef}
    >
      {items.slice(0, FIRST_ROWS).map((item, index) => (
        <FeedArticle key={keyOf(item)} index={index} list={props}>
          {renderItem(item, rowLabelId(index))}
        </FeedArticle>
      ))}
    </FeedFrame>
  )
}
