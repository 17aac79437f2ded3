import { connectNdk } from '@/ndk/client'
import { restoreSession } from '@/ndk/session'
import { showToast } from '@/components/ui/toast-store'
import { errorMessage } from '@/components/ui/error-message'

let started = false

/** Connects to the relays and restores a saved sign-in, once per page load. */
export function startApp(): void {
  if (started) return
  started = true
  Promise.resolve()
    .then(() => connectNdk())
    .catch((error: unknown) =>
      showToast({ tone: 'error', message: `Could not connect to relays: ${errorMessage(error)}` }),
    )
  Promise.resolve()
    .then(() => restoreSession())
    .catch((error: unknown) =>
      showToast({
        tone: 'error',
        message: `Could not restore your sign-in: ${errorMessage(error)}`,
      }),
    )
}
