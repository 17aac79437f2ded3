import { selectUnreadTotal, useMessages } from '@/stores/messages'
import { CountBadge } from './count-badge'

/** "2 unread messages" (and "1 unread message"). */
export const unreadMessagesLabel = (count: number): string =>
  `${count} unread ${count === 1 ? 'message' : 'messages'}`

/** The unread count of private messages, on the Messages nav item and tab. */
export function UnreadMessagesBadge({ className }: { className?: string }) {
  const count = useMessages(selectUnreadTotal)
  return <CountBadge count={count} label={unreadMessagesLabel(count)} className={className} />
}
