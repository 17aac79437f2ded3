import { useEffect, useState } from 'react'

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * The time (unix seconds) the work summary is computed at: ticks every second while a session
 * runs (one interval, cleared when it stops or the panel goes), and is read afresh whenever
 * `since` changes (a session started or stopped).
 */
export const useWorkClock = (running: boolean, since: string): number => {
  const [now, setNow] = useState(nowSeconds)
  useEffect(() => {
    const tick = () => setNow(nowSeconds())
    tick()
    if (!running) return
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [running, since])
  return now
}
