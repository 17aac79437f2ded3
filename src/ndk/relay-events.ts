import type { NDKRelay } from '@nostr-dev-kit/ndk'
import { getNdk, relayKey } from './client'

/** What happens to a relay's connection, as subscriptions and the relay list need to hear it. */
export type RelayEvent = 'ready' | 'down' | 'authed' | 'auth-required' | 'status'

type Listener = (url: string, event: RelayEvent) => void

const listeners = new Set<Listener>()
const needsAuth = new Set<string>()
let installed = false

const emit = (url: string, event: RelayEvent) => {
  for (const listener of [...listeners]) listener(url, event)
}

const install = () => {
  if (installed) return
  installed = true
  const pool = getNdk().pool
  const on = (name: Parameters<typeof pool.on>[0], event: RelayEvent) =>
    pool.on(name, (relay: NDKRelay) => {
      const url = relayKey(relay)
      if (event === 'authed') needsAuth.delete(url)
      if (event === 'down') needsAuth.delete(url)
      emit(url, event)
      emit(url, 'status')
    })
  on('relay:ready', 'ready')
  on('relay:disconnect', 'down')
  on('relay:authed', 'authed')
  on('relay:connecting', 'status')
  on('relay:connect', 'status')
  on('flapping', 'status')
}

/** Hears every relay's connection changes; returns the function that stops listening. */
export const onRelayEvent = (listener: Listener): (() => void) => {
  install()
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * Records that a relay refused a request until the app authenticates (NIP-42 `auth-required:`),
 * so the relay list can say "Needs sign-in"; cleared when the relay says the app is signed in.
 */
export const reportAuthRequired = (url: string): void => {
  if (needsAuth.has(url)) return
  needsAuth.add(url)
  emit(url, 'auth-required')
  emit(url, 'status')
}

/** Whether a relay waits for the app to authenticate (NIP-42). */
export const relayNeedsAuth = (url: string): boolean => needsAuth.has(url)
