import { selectUnreadCount, useNotifications } from '@/stores/notifications'

/** "3 unread notifications" (and "1 unread notification"). */
export const unreadLabel = (count: number): string =>
  `${count} unread ${count === 1 ? 'notification' : 'notifications'}`

/** The unread count on the bell: nothing when all is read, "99+" past 99. */
export function UnreadBadge({ className = '' }: { className?: string }) {
  const count = useNotifications(selectUnreadCount)
  if (count === 0) return null
  return (
    <span
      role="status"
      aria-label={unreadLabel(count)}
      className={`inline-grid min-w-5 place-items-center rounded-full bg-red-600 px-1.5 text-[0.7rem] leading-5 font-bold text-white tabular-nums ${className}`}
    >
      {count > 99 ? '99+' : count}
    </span>
  )
}
