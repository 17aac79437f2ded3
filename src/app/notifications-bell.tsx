import { NavLink } from '@/components/router'
import { selectUnreadCount, useNotifications } from '@/stores/notifications'
import { NavIcon } from './nav-icons'
import { UnreadBadge, unreadLabel } from './unread-badge'

/** The bell in the phone's top bar, with the unread count (shown to a signed-in person). */
export function NotificationsBell() {
  const count = useNotifications(selectUnreadCount)
  return (
    <NavLink
      to="/notifications"
      title={count > 0 ? unreadLabel(count) : 'Notifications'}
      className={({ isActive }) =>
        `relative grid size-10 shrink-0 place-items-center rounded-full hover:bg-stone-200/70 dark:hover:bg-stone-800 ${
          isActive ? 'text-bitcoin-dark dark:text-bitcoin' : 'text-stone-600 dark:text-stone-300'
        }`
      }
    >
      <NavIcon name="bell" className="size-6" />
      <span className="sr-only">Notifications</span>
      <UnreadBadge className="absolute -top-0.5 -right-0.5" />
    </NavLink>
  )
}
