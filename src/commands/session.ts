import { safeLinkUrl } from '@/nostr/safe-url'
import { useRelays, readRelayUrls } from '@/stores/relays'
import { useSession } from '@/stores/session'
import { readBunkerUri } from '@/ndk/bunker-uri'
import { setCurrentSigner, currentSigner } from '@/ndk/current-signer'
import { connectBunker, restoreBunker, startNostrConnectPairing } from '@/ndk/nip46'
import {
  connectExtension,
  waitForExtension,
  extensionSigner,
  NO_EXTENSION_MESSAGE,
} from '@/ndk/nip07'
import { loadProfile } from '@/stores/profile-loader'
import {
  clearDeviceSecrets,
  readStoredSession,
  writeStoredSession,
  type StoredSession,
} from '@/storage/session-storage'
import type { AppSigner } from '@/ndk/signer'
import { deviceStorage } from '@/storage/device-storage'
import { clearAllDrafts } from '@/storage/drafts'
import { clearEventCache } from '@/storage/event-cache'
import { clearMessageCache } from '@/storage/message-cache'
import { clearIntents } from '@/storage/payment-intents'
import { forgetSealingKeys } from '@/storage/sealed-box'
import { clearJobs } from '@/storage/outbox-db'
import { useMarketplace } from '@/stores/marketplace'
import { forgetShownIntents } from '@/stores/payments'
import { usePublishOutbox } from '@/stores/publish-outbox'
import { stopOutbox } from './publish-outbox'
import { loadUserRelayList } from './user-relays'
import { disconnectWallet } from './wallet'

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'Signing in failed.'

/** A remote signer's approval page, if it is a plain http(s) link; anything else is dropped. */
export const readAuthUrl = (url: unknown): string | undefined => {
  const safe = safeLinkUrl(url)
  return safe && /^https?:\/\//.test(safe) ? safe : undefined
}

/** Shows a signer's approval page (http(s) only); the UI never opens it by itself. */
const showAuthUrl = (url: string) => {
  const safe = readAuthUrl(url)
  if (safe) useSession.getState().setAuthUrl(safe)
}

const becomeSignedIn = (signer: AppSigner, stored: StoredSession) => {
  currentSigner()?.close()
  setCurrentSigner(signer)
  writeStoredSession(deviceStorage(), stored)
  useSession
    .getState()
    .setSession({ status: 'signed-in', pubkey: signer.pubkey, method: signer.method })
  loadProfile(signer.pubkey)
  void loadUserRelayList(signer.pubkey)
}

const fail = (error: unknown) => {
  useSession.getState().setSession({ status: 'signed-out', error: messageOf(error) })
  return false
}

type SignedIn = { signer: AppSigner; stored: StoredSession }

const signIn = async (connect: () => Promise<SignedIn>): Promise<boolean> => {
  useSession.getState().setSession({ status: 'signing-in' })
  try {
    const { signer, stored } = await connect()
    becomeSignedIn(signer, stored)
    return true
  } catch (error) {
    return fail(error)
  }
}

/** Signs in with a NIP-07 browser extension. Resolves to false (with the reason in the store) on failure. */
export const signInWithExtension = (): Promise<boolean> =>
  signIn(async () => {
    const signer = await connectExtension()
    return { signer, stored: { method: 'nip07', pubkey: signer.pubkey } }
  })

/** Signs in with a pasted bunker:// URI (NIP-46). Resolves to false (reason in the store) on failure. */
export const signInWithBunker = (uri: string): Promise<boolean> => {
  const pointer = readBunkerUri(uri)
  if (!pointer.ok) return Promise.resolve(fail(pointer.reason))
  return signIn(() => connectBunker(pointer.value, showAuthUrl))
}

/** A nostrconnect:// code being shown; `cancel` stops waiting for a signer app. */
export type PendingNostrConnect = { uri: string; cancel: () => void }

/**
 * Creates a nostrconnect:// URI (to show as a QR code and link) and signs in once a signer app
 * answers it. The session store follows along: signing-in, then signed-in or an error.
 */
export const startNostrConnect = (): PendingNostrConnect => {
  const relays = readRelayUrls(useRelays.getState()).slice(0, 3)
  const pairing = startNostrConnectPairing(relays, showAuthUrl)
  let cancelled = false
  useSession.getState().setSession({ status: 'signing-in' })
  pairing.done.then(
    (session) => {
      if (cancelled) session.signer.close()
      else becomeSignedIn(session.signer, session.stored)
    },
    (error: unknown) => {
      if (!cancelled) fail(error)
    },
  )
  return {
    uri: pairing.uri,
    cancel: () => {
      cancelled = true
      pairing.cancel()
      if (useSession.getState().status === 'signing-in') {
        useSession.getState().setSession({ status: 'signed-out' })
      }
    },
  }
}

/**
 * Restores the remembered session at startup, without pairing again: a remote signer is reached
 * with the stored client key; an extension is looked up again (it may inject late).
 */
export const restoreSession = async (): Promise<void> => {
  const stored = readStoredSession(deviceStorage())
  if (!stored) {
    useSession.getState().setSession({ status: 'signed-out' })
    return
  }
  if (stored.method === 'nip46') {
    becomeSignedIn(restoreBunker(stored, showAuthUrl), stored)
    return
  }
  const extension = await waitForExtension()
  if (!extension) {
    useSession.getState().setSession({ status: 'signed-out', error: NO_EXTENSION_MESSAGE })
    return
  }
  becomeSignedIn(extensionSigner(extension, stored.pubkey), stored)
}

/**
 * Signs out: forgets the session and everything this device keeps of the person — secrets,
 * the wallet connection and the keys that sealed private data, drafts, opened messages, events waiting to publish (taken off the screen too), and the events
 * this device saw. Public marketplace data already on screen stays in memory until a reload.
 */
export const signOut = (): void => {
  currentSigner()?.close()
  setCurrentSigner(undefined)
  clearDeviceSecrets(deviceStorage())
  clearAllDrafts(deviceStorage())
  // what no relay took leaves with the person: it must not stay on screen as if published
  for (const id of Object.keys(usePublishOutbox.getState().jobs)) {
    useMarketplace.getState().retract(id)
  }
  stopOutbox()
  void Promise.all([
    clearMessageCache(),
    clearJobs(),
    clearEventCache(),
    // the wallet connection and payment records are forgotten, and the keys that sealed them
    Promise.all([disconnectWallet(true), clearIntents()]).then(forgetSealingKeys),
  ]).catch((error: unknown) =>
    console.warn('Could not clear everything kept on this device', error),
  )
  forgetShownIntents()
  useRelays.getState().setUserRelayList(undefined)
  useSession.getState().setSession({ status: 'signed-out' })
}

/** The signed-in person's signer (for encryption in messages and lists), or undefined. */
export const getSigner = currentSigner
