import { answerAuthChallenges } from '@/ndk/auth'
import { readStoredSession } from '@/storage/session-storage'
import { deviceStorage } from '@/storage/device-storage'
import { loadCachedMarketplace } from '@/stores/marketplace-ingest'
import { connectRelays } from '@/stores/relay-connection'
import { useSession } from '@/stores/session'
import { showToast } from '@/components/ui/toast-store'
import { errorMessage } from '@/components/ui/error-message'

let started = false

/**
 * Starts the app once per page load: what this device saw before is read into the store first
 * (so a returning visitor sees it at once, also offline), then the relays are connected and a
 * saved sign-in is restored. The session code (remote signer, encryption) is fetched only when a
 * sign-in was saved on this device, so a visitor's first feed stays small.
 */
export function startApp(): void {
  if (started) return
  started = true
  void loadCachedMarketplace()
  answerAuthChallenges()
  try {
    connectRelays()
  } catch (error) {
    showToast({ tone: 'error', message: `Could not connect to relays: ${errorMessage(error)}` })
  }
  if (!readStoredSession(deviceStorage())) {
    // What restoreSession() would conclude, without loading it.
    useSession.getState().setSession({ status: 'signed-out' })
    return
  }
  import('@/commands/session')
    .then(({ restoreSession }) => restoreSession())
    .catch((error: unknown) =>
      showToast({
        tone: 'error',
        message: `Could not restore your sign-in: ${errorMessage(error)}`,
      }),
    )
}
