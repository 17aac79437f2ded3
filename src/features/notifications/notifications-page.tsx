import { useEffect, useRef } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeading } from '@/components/ui/page-heading'
import { Skeleton } from '@/components/ui/skeleton'
import { isUnread, selectUnreadCount, useNotifications } from '@/stores/notifications'
import { useSession } from '@/stores/session'
import { NotificationRow } from './notification-row'

const nowSeconds = () => Math.floor(Date.now() / 1000)

const DESCRIPTION =
  'Offers on your tickets, what became of your offers, and direct requests. What you have read is remembered on this device.'

/** `/notifications` — the signed-in person's notifications, newest first. */
export default function NotificationsPage() {
  const status = useSession((state) => state.status)
  if (status === 'restoring' || status === 'signing-in') return <ListSkeleton />
  if (status !== 'signed-in')
    return (
      <>
        <PageHeading title="Notifications" description={DESCRIPTION} />
        <EmptyState
          title="Sign in to see your notifications"
          actions={
            <Link to="/sign-in" className={buttonClass.primary}>
              Sign in
            </Link>
          }
        >
          New offers on your tickets, offers you won or lost and direct requests show up here.
        </EmptyState>
      </>
    )
  return <SignedInNotifications />
}

function SignedInNotifications() {
  const items = useNotifications((state) => state.items)
  const loading = useNotifications((state) => state.loading)
  const seenUntil = useNotifications((state) => state.seenUntil)
  const readIds = useNotifications((state) => state.readIds)
  const unread = useNotifications(selectUnreadCount)
  const { markRead, markAllRead } = useNotifications.getState()
  useSeenWhenLeaving(loading)

  return (
    <>
      <PageHeading
        title="Notifications"
        description={DESCRIPTION}
        actions={
          <button
            type="button"
            className={buttonClass.secondary}
            disabled={unread === 0}
            onClick={() => markAllRead(nowSeconds())}
          >
            Mark all read
          </button>
        }
      />
      <p aria-live="polite" className="mb-3 text-sm text-stone-600 dark:text-stone-400">
        {loading && items.length === 0 ? '' : unread === 0 ? 'All caught up.' : `${unread} unread`}
      </p>
      {items.length > 0 ? (
        <ul
          aria-label="Notifications"
          className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900"
        >
          {items.map((item) => (
            <li key={item.id}>
              <NotificationRow
                item={item}
                unread={isUnread(item, { seenUntil, readIds })}
                onOpen={markRead}
              />
            </li>
          ))}
        </ul>
      ) : loading ? (
        <ListSkeleton bare />
      ) : (
        <EmptyState
          title="Nothing here yet"
          actions={
            <>
              <Link to="/new" className={buttonClass.primary}>
                Post a ticket
              </Link>
              <Link to="/" className={buttonClass.secondary}>
                Browse open tickets
              </Link>
            </>
          }
        >
          When a troubleshooter makes an offer on your ticket, your offer is accepted or not, a
          ticket you offered on is closed, or someone asks you directly, you will see it here.
        </EmptyState>
      )}
    </>
  )
}

/**
 * Once the list was on screen, everything it showed counts as seen when the person leaves the
 * page, so a returning visit only counts what is new since.
 */
function useSeenWhenLeaving(loading: boolean) {
  const shownAt = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (!loading) shownAt.current ??= nowSeconds()
  }, [loading])
  useEffect(
    () => () => {
      if (shownAt.current !== undefined) useNotifications.getState().markSeenUntil(shownAt.current)
    },
    [],
  )
}

function ListSkeleton({ bare = false }: { bare?: boolean }) {
  return (
    <div role="status" aria-label="Loading notifications" className="space-y-3">
      {!bare && <Skeleton className="mb-6 h-8 w-48" />}
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex gap-3">
          <Skeleton className="size-9 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-3 w-24" />
            <Skeleton className="h-4 w-full" />
          </div>
        </div>
      ))}
    </div>
  )
}
