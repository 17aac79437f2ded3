import { useEffect } from 'react'
import { useSession } from '@/stores/session'

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * While someone is signed in, watches the relays for their notifications and private messages
 * (and sends what waits in their outbox). This code is fetched only then, so visitors never
 * download it. Signing out stops both.
 */
export function SignedInServices() {
  const signedIn = useSession((state) => state.status === 'signed-in')
  const pubkey = useSession((state) => state.pubkey)
  useEffect(() => {
    if (!signedIn || !pubkey) return
    let cancelled = false
    const stops: (() => void)[] = []
    const start = (name: string, load: () => Promise<() => void>) =>
      load()
        .then((stop) => (cancelled ? stop() : stops.push(stop)))
        .catch((error: unknown) => console.warn(`${name} are unavailable`, error))
    void start('Notifications', () =>
      import('@/features/notifications/watch-notifications').then((m) =>
        m.startNotifications(pubkey, nowSeconds()),
      ),
    )
    void start('Messages', () =>
      import('@/commands/message-session').then((m) => m.startMessaging(pubkey)),
    )
    void start('The outbox', () =>
      import('@/commands/publish-outbox').then((m) =>
        m.startOutbox(pubkey).then(() => m.stopOutbox),
      ),
    )
    return () => {
      cancelled = true
      for (const stop of stops) stop()
    }
  }, [signedIn, pubkey])
  return null
}
