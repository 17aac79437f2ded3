import { attachCache } from '@/ndk/cache'
import { connectNdk, getNdk } from '@/ndk/client'
import { readStoredSession } from '@/ndk/session-storage'
import { deviceStorage } from '@/ndk/storage'
import { useSession } from '@/stores/session'
import { showToast } from '@/components/ui/toast-store'
import { errorMessage } from '@/components/ui/error-message'
import { afterFirstPaint } from './after-first-paint'

let started = false

/**
 * Connects to the relays and restores a saved sign-in, once per page load. The session code
 * (remote signer, encryption) is fetched only when a sign-in was saved on this device, and the
 * offline cache only after the first screen is painted, so a visitor's first feed stays small.
 */
export function startApp(): void {
  if (started) return
  started = true
  Promise.resolve()
    .then(() => connectNdk())
    .catch((error: unknown) =>
      showToast({ tone: 'error', message: `Could not connect to relays: ${errorMessage(error)}` }),
    )
  void afterFirstPaint().then(() => attachCache(getNdk()))
  if (!readStoredSession(deviceStorage())) {
    // What restoreSession() would conclude, without loading it.
    useSession.getState().setSession({ status: 'signed-out' })
    return
  }
  import('@/ndk/session')
    .then(({ restoreSession }) => restoreSession())
    .catch((error: unknown) =>
      showToast({
        tone: 'error',
        message: `Could not restore your sign-in: ${errorMessage(error)}`,
      }),
    )
}
