import { useEffect, useState } from 'react'

/** Without tickets (a page that shows none, relays down), the wait ends after this long. */
const LONGEST_WAIT_MS = 4000
/** The idle callback is called by then even on a busy page. */
const IDLE_TIMEOUT_MS = 2000

let settled: Promise<void> | undefined

const nextIdle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS })
    else setTimeout(resolve, 200)
  })

/** The feed's ticket rows carry this attribute (the bench looks for it too). */
const TICKET_ROW = '[data-ticket-row]'

/** After the frame that shows the first ticket (or the longest wait), once the page is idle. */
const firstTicketPainted = (): Promise<void> =>
  new Promise((resolve) => {
    let done = false
    const finish = () => {
      if (done) return
      done = true
      observer.disconnect()
      clearTimeout(timer)
      // the frame with the ticket is painted after this animation frame; then wait for idle
      requestAnimationFrame(() => setTimeout(() => void nextIdle().then(resolve), 0))
    }
    const observer = new MutationObserver(() => {
      if (document.querySelector(TICKET_ROW)) finish()
    })
    observer.observe(document.body, { childList: true, subtree: true })
    const timer = setTimeout(finish, LONGEST_WAIT_MS)
    if (document.querySelector(TICKET_ROW)) finish()
  })

/**
 * Resolves once the first screen is up: the feed's first tickets painted (or a few seconds
 * passed) and the browser idle. Work that can wait (the offline cache, the service worker)
 * starts then, so it never competes with the first paint.
 */
export const afterFirstPaint = (): Promise<void> => {
  settled ??= new Promise<void>((resolve) => {
    const start = () => void firstTicketPainted().then(resolve)
    if (document.readyState === 'complete') start()
    else window.addEventListener('load', start, { once: true })
  })
  return settled
}

/** False until `afterFirstPaint()` resolved. */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let active = true
    void afterFirstPaint().then(() => {
      if (active) setReady(true)
    })
    return () => {
      active = false
    }
  }, [])
  return ready
}
