import type { CSSProperties, KeyboardEvent, ReactNode, Ref } from 'react'

/** What the feed's lists take, whether they show the first rows or a window of all of them. */
export type FeedListProps<T> = {
  items: readonly T[]
  keyOf: (item: T) => string
  /** Height of a row not measured yet, gap included. */
  estimatedHeight: number
  renderItem: (item: T, labelId: string) => ReactNode
  label: string
  /** More items are still loading: the set size is not known yet. */
  busy: boolean
  /** Hears whether the rows shown reach near the end of `items` (time to ask for more). */
  onNearEnd?: (near: boolean) => void
}

/** What the frame and its articles read of the list. */
type ListState = Pick<FeedListProps<unknown>, 'items' | 'label' | 'busy'>

type FrameProps = {
  list: ListState
  /** Index of the article to move to from the focused one, asked by the keyboard. */
  onStep: (target: number) => void
  frameRef?: Ref<HTMLDivElement>
  style?: CSSProperties
  children: ReactNode
}

const STEPS: Partial<Record<string, number>> = {
  PageDown: 1,
  ArrowDown: 1,
  PageUp: -1,
  ArrowUp: -1,
}

/**
 * The WAI-ARIA feed around the ticket articles: Page Down / Page Up (or the arrow keys) on an
 * article ask for the next or previous one, within the list's bounds.
 */
export function FeedFrame({ list, onStep, frameRef, style, children }: FrameProps) {
  const count = list.items.length
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = event.target as HTMLElement
    const index = Number(row.dataset.index)
    const step = STEPS[event.key]
    if (row.getAttribute('role') !== 'article' || !Number.isInteger(index) || !step) return
    event.preventDefault()
    onStep(Math.max(0, Math.min(count - 1, index + step)))
  }
  return (
    <div
      ref={frameRef}
      role="feed"
      aria-label={list.label}
      aria-busy={list.busy}
      data-ticket-count={count}
      onKeyDown={onKeyDown}
      className="relative"
      style={style}
    >
      {children}
    </div>
  )
}

type ArticleProps = {
  list: ListState
  index: number
  articleRef?: Ref<HTMLDivElement>
  children: ReactNode
}

/** One focusable article of the feed, with its position in the set (unknown while loading). */
export function FeedArticle({ list, index, articleRef, children }: ArticleProps) {
  return (
    <div
      ref={articleRef}
      role="article"
      tabIndex={0}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={list.busy ? -1 : list.items.length}
      aria-labelledby={rowLabelId(index)}
      className="rounded-2xl pb-3 outline-none focus-visible:[&>*]:ring-2 focus-visible:[&>*]:ring-bitcoin"
    >
      {children}
    </div>
  )
}

/** Rows left below the last one rendered when a list counts as near its end. */
const NEAR_END_ROWS = 8

/** Whether the last row rendered (`lastIndex`) is near the end of `count` rows. */
export const isNearEnd = (lastIndex: number, count: number): boolean =>
  lastIndex >= count - 1 - NEAR_END_ROWS

/** Id of the element (the row's title) that labels the article at `index`. */
export const rowLabelId = (index: number) => `feed-row-${index}`

/** The article at `index` inside `frame`, when it is in the DOM. */
export const articleAt = (frame: HTMLElement | null, index: number) =>
  frame?.querySelector<HTMLElement>(`[role="article"][data-index="${index}"]`) ?? null
