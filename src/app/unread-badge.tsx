import { selectUnreadCount, useNotifications } from '@/stores/notifications'
import { CountBadge } from './count-badge'

/** "3 unread notifications" (and "1 unread notification"). */
export const unreadLabel = (count: number): string =>
  `${count} unread ${count === 1 ? 'notification' : 'notifications'}`

/** The unread count of notifications, on the bell and the nav item. */
export function UnreadBadge({ className }: { className?: string }) {
  const count = useNotifications(selectUnreadCount)
  return <CountBadge count={count} label={unreadLabel(count)} className={className} />
}
