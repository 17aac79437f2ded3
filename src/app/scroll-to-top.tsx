import { useEffect } from 'react'
import { useLocation } from '@/components/router'

let poppedAt = 0
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    poppedAt = performance.now()
  })
}

/**
 * Scrolls to the top when the person goes to another page. Back and forward are left to the
 * browser, which puts the person back where they were.
 */
export function ScrollToTop() {
  const { pathname } = useLocation()
  useEffect(() => {
    if (performance.now() - poppedAt < 100) return
    window.scrollTo(0, 0)
  }, [pathname])
  return null
}
