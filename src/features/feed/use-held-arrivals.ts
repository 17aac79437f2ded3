import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

/** Scrolled further than this, new tickets wait behind a pill instead of pushing the list down. */
const NEAR_TOP_PX = 160

const nearTop = () => window.scrollY <= NEAR_TOP_PX

/**
 * Tickets that arrive live while the person reads further down are held back, so the list does
 * not jump under them; near the top they show at once. `reveal` shows the held ones.
 */
export function useHeldArrivals(arrivals: readonly string[]): {
  held: ReadonlySet<string>
  reveal: () => void
} {
  const [atTop, setAtTop] = useState(nearTop)
  /** How many arrivals were shown when the person last left the top. */
  const [revealed, setRevealed] = useState(0)
  const state = useRef({ atTop, count: 0 })

  useEffect(() => {
    state.current.count = arrivals.length
  })

  useEffect(() => {
    const onScroll = () => {
      const top = nearTop()
      if (state.current.atTop && !top) setRevealed(state.current.count)
      state.current.atTop = top
      setAtTop(top)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => window.removeEventListener('scroll', onScroll)
  }, [])

  const reveal = useCallback(() => {
    setRevealed(state.current.count)
    window.scrollTo({ top: 0 })
  }, [])

  const shown = atTop ? arrivals.length : revealed
  const held = useMemo(() => new Set(arrivals.slice(shown)), [arrivals, shown])
  return { held, reveal }
}
