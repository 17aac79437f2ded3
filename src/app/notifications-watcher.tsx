import { useEffect } from 'react'
import { useNotifications } from '@/stores/notifications'
import { useSession } from '@/stores/session'

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * While someone is signed in, watches the relays for their notifications (the watcher's code is
 * fetched only then, so visitors never download it). Signing out forgets the list.
 */
export function NotificationsWatcher() {
  const signedIn = useSession((state) => state.status === 'signed-in')
  const pubkey = useSession((state) => state.pubkey)
  useEffect(() => {
    if (!signedIn || !pubkey) return
    let cancelled = false
    let stop: (() => void) | undefined
    useNotifications.getState().start(pubkey, nowSeconds())
    import('@/features/notifications/watch-notifications')
      .then(({ watchNotifications }) => {
        if (!cancelled) stop = watchNotifications(pubkey)
      })
      .catch((error: unknown) => {
        console.warn('Notifications are unavailable', error)
        useNotifications.getState().setLoaded()
      })
    return () => {
      cancelled = true
      stop?.()
      useNotifications.getState().clear()
    }
  }, [signedIn, pubkey])
  return null
}
