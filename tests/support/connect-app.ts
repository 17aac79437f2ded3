import { expect, vi } from 'vitest'

/**
 * Starts the app's relay connection (the relays store, from VITE_RELAYS) in the module registry the
 * test loaded, and waits until `relayUrl` is connected.
 */
export const connectApp = async (relayUrl: string): Promise<void> => {
  const { connectRelays } = await import('@/stores/relay-connection')
  const { anyRelayUp } = await import('@/ndk/client')
  connectRelays()
  await vi.waitFor(() => expect(anyRelayUp([relayUrl])).toBe(true), { timeout: 10_000 })
}
