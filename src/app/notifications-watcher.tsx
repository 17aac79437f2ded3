import { useEffect } from 'react'
import { useSession } from '@/stores/session'

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * While someone is signed in, watches the relays for their notifications. The watcher and the
 * notifications store are fetched only then, so visitors never download them. Signing out
 * forgets the list.
 */
export function NotificationsWatcher() {
  const signedIn = useSession((state) => state.status === 'signed-in')
  const pubkey = useSession((state) => state.pubkey)
  useEffect(() => {
    if (!signedIn || !pubkey) return
    let cancelled = false
    let stop: (() => void) | undefined
    import('@/features/notifications/watch-notifications')
      .then(({ startNotifications }) => {
        if (!cancelled) stop = startNotifications(pubkey, nowSeconds())
      })
      .catch((error: unknown) => console.warn('Notifications are unavailable', error))
    return () => {
      cancelled = true
      stop?.()
    }
  }, [signedIn, pubkey])
  return null
}
