import { Suspense, lazy } from 'react'
import { useSession } from '@/stores/session'

// the notifications store and its widgets load only for a signed-in person
const Badge = lazy(() => import('./unread-badge').then((m) => ({ default: m.UnreadBadge })))
const MessagesBadge = lazy(() =>
  import('./unread-messages-badge').then((m) => ({ default: m.UnreadMessagesBadge })),
)
const Bell = lazy(() =>
  import('./notifications-bell').then((m) => ({ default: m.NotificationsBell })),
)

const useSignedIn = () => useSession((state) => state.status === 'signed-in')

/** The unread count badge, for a signed-in person (see unread-badge.tsx). */
export function SignedInUnreadBadge({ className }: { className?: string }) {
  if (!useSignedIn()) return null
  return (
    <Suspense fallback={null}>
      <Badge className={className} />
    </Suspense>
  )
}

/** The unread private messages badge, for a signed-in person. */
export function SignedInMessagesBadge({ className }: { className?: string }) {
  if (!useSignedIn()) return null
  return (
    <Suspense fallback={null}>
      <MessagesBadge className={className} />
    </Suspense>
  )
}

/** The phone's bell with the unread count, for a signed-in person (see notifications-bell.tsx). */
export function SignedInNotificationsBell() {
  if (!useSignedIn()) return null
  return (
    <Suspense fallback={null}>
      <Bell />
    </Suspense>
  )
}
