import { useEffect, useState } from 'react'
import { formatDate, formatTimeAgo } from './format-time-ago'

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** "5 min ago" that keeps itself fresh, with the exact date in the title and datetime. */
export function TimeAgo({ timestamp, className }: { timestamp: number; className?: string }) {
  const [now, setNow] = useState(nowSeconds)
  useEffect(() => {
    const timer = setInterval(() => setNow(nowSeconds()), 60_000)
    return () => clearInterval(timer)
  }, [])
  const date = new Date(timestamp * 1000)
  const valid = Number.isFinite(date.getTime())
  return (
    <time
      className={className}
      dateTime={valid ? date.toISOString() : undefined}
      title={valid ? `${formatDate(timestamp)} ${date.toISOString().slice(11, 16)} UTC` : undefined}
    >
      {formatTimeAgo(timestamp, now)}
    </time>
  )
}
