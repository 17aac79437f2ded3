import { useEffect, useState } from 'react'
import type { RefObject } from 'react'

/**
 * How much room the sticky footer (message box, billing panel, the phone's tab bar under it)
 * takes at the bottom of the screen, kept up to date as it grows or shrinks: the last message
 * scrolls into view above it, not behind it.
 */
export const useFooterClearance = (footer: RefObject<HTMLElement | null>): number => {
  const [clearance, setClearance] = useState(176)
  useEffect(() => {
    const element = footer.current
    if (!element) return
    const measure = () => {
      const bottom = Number.parseFloat(getComputedStyle(element).bottom) || 0
      setClearance(Math.ceil(element.offsetHeight + bottom + 16))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [footer])
  return clearance
}
