import { vi } from 'vitest'

/**
 * A fresh app in the test's module registry (new modules, the same IndexedDB, as after a reload)
 * with `pubkey` signed in; `load` imports the modules the test uses.
 */
export const freshSignedInApp = async <T>(pubkey: string, load: () => Promise<T>): Promise<T> => {
  vi.resetModules()
  const loaded = await load()
  const { useSession } = await import('@/stores/session')
  useSession.getState().setSession({ status: 'signed-in', pubkey, method: 'nip46' })
  return loaded
}
