import { BunkerSigner, createNostrConnectURI, type BunkerPointer } from 'nostr-tools/nip46'
import { generateSecretKey, getPublicKey } from 'nostr-tools/pure'
import { bytesToHex, hexToBytes } from 'nostr-tools/utils'
import type { StoredSession } from '@/storage/session-storage'
import { checkSignedEvent, type AppSigner } from './signer'
import { withTimeout } from './timeout'

/** The name a signer app shows when it asks the person to approve this app. */
export const APP_NAME = 'Bitcoin Troubleshoot'

/** Event kinds the app asks a remote signer to sign (gift wraps use throwaway keys, rumors are unsigned). */
export const SIGNED_KINDS = [
  0, 3, 5, 13, 1984, 1986, 9734, 10000, 10002, 10050, 22242, 30000, 32765, 32767, 32768,
] as const

/** NIP-46 permissions the app requests, and nothing more. */
export const NIP46_PERMISSIONS: readonly string[] = [
  'get_public_key',
  ...SIGNED_KINDS.map((kind) => `sign_event:${kind}`),
  'nip44_encrypt',
  'nip44_decrypt',
  'nip04_decrypt',
]

export const SIGNER_SLOW =
  'The remote signer did not answer in 30 seconds. Check it is online and try again.'
const UNREACHABLE =
  "Could not reach the remote signer's relay. Check the bunker URI and your connection, then try again."
const REQUEST_TIMEOUT_MS = 30_000
/** After the signer sends an approval page, the person gets this long to approve. */
const AUTH_GRACE_MS = 5 * 60_000
/** How long a nostrconnect:// QR code waits for a signer app to scan it. */
const PAIRING_TIMEOUT_MS = 10 * 60_000

export type RemoteSession = {
  signer: AppSigner
  stored: Extract<StoredSession, { method: 'nip46' }>
}

/** Forwards approval pages to the UI and gives requests more time once one arrives. */
const authTracker = (onAuthUrl: (url: string) => void) => {
  let lastAt = 0
  return {
    onauth: (url: string) => {
      lastAt = Date.now()
      onAuthUrl(url)
    },
    ask: <T>(request: Promise<T>): Promise<T> => {
      const startedAt = Date.now()
      // nostr-tools rejects with an AggregateError when no relay took the request
      const sent = request.catch((error: unknown) => {
        throw error instanceof AggregateError ? new Error(UNREACHABLE) : error
      })
      return withTimeout(sent, {
        ms: REQUEST_TIMEOUT_MS,
        message: SIGNER_SLOW,
        extendBy: () => (lastAt >= startedAt ? AUTH_GRACE_MS : undefined),
      })
    },
  }
}

type Tracker = ReturnType<typeof authTracker>

const remoteSigner = (bunker: BunkerSigner, pubkey: string, tracker: Tracker): AppSigner => ({
  method: 'nip46',
  pubkey,
  signEvent: async (template) => {
    const answer = await tracker.ask(bunker.sendRequest('sign_event', [JSON.stringify(template)]))
    let parsed: unknown
    try {
      parsed = JSON.parse(answer)
    } catch {
      parsed = undefined
    }
    return checkSignedEvent(parsed, template, pubkey)
  },
  nip44Encrypt: (peer, text) => tracker.ask(bunker.sendRequest('nip44_encrypt', [peer, text])),
  nip44Decrypt: (peer, text) => tracker.ask(bunker.sendRequest('nip44_decrypt', [peer, text])),
  nip04Decrypt: (peer, text) => tracker.ask(bunker.sendRequest('nip04_decrypt', [peer, text])),
  close: () => void bunker.close(),
})

const askPubkey = async (bunker: BunkerSigner, tracker: Tracker): Promise<string> => {
  const pubkey = await tracker.ask(bunker.sendRequest('get_public_key', []))
  if (!/^[0-9a-f]{64}$/.test(pubkey))
    throw new Error('The remote signer sent a malformed public key.')
  return pubkey
}

const session = (
  bunker: BunkerSigner,
  pubkey: string,
  clientKey: Uint8Array,
  tracker: Tracker,
): RemoteSession => ({
  signer: remoteSigner(bunker, pubkey, tracker),
  stored: {
    method: 'nip46',
    pubkey,
    bunkerPubkey: bunker.bp.pubkey,
    relays: [...bunker.bp.relays],
    clientSecretKey: bytesToHex(clientKey),
  },
})

/** Pairs with a bunker from a pasted bunker:// URI, asking only for the app's permissions. */
export const connectBunker = async (
  pointer: BunkerPointer,
  onAuthUrl: (url: string) => void,
): Promise<RemoteSession> => {
  const clientKey = generateSecretKey()
  const tracker = authTracker(onAuthUrl)
  const bunker = BunkerSigner.fromBunker(clientKey, pointer, { onauth: tracker.onauth })
  try {
    const params = [pointer.pubkey, pointer.secret ?? '', NIP46_PERMISSIONS.join(',')]
    await tracker.ask(bunker.sendRequest('connect', params))
    return session(bunker, await askPubkey(bunker, tracker), clientKey, tracker)
  } catch (error) {
    void bunker.close()
    throw error
  }
}

/** Reconnects to a remembered bunker with the stored client key, without pairing again. */
export const restoreBunker = (
  stored: RemoteSession['stored'],
  onAuthUrl: (url: string) => void,
): AppSigner => {
  const tracker = authTracker(onAuthUrl)
  const pointer = { pubkey: stored.bunkerPubkey, relays: stored.relays, secret: null }
  const bunker = BunkerSigner.fromBunker(hexToBytes(stored.clientSecretKey), pointer, {
    onauth: tracker.onauth,
  })
  return remoteSigner(bunker, stored.pubkey, tracker)
}

/** A pending nostrconnect:// pairing: show `uri` as a QR code and link, await `done`. */
export type NostrConnectPairing = {
  uri: string
  done: Promise<RemoteSession>
  cancel: () => void
}

/** Creates a nostrconnect:// URI on `relays` and waits for a signer app to answer it. */
export const startNostrConnectPairing = (
  relays: string[],
  onAuthUrl: (url: string) => void,
): NostrConnectPairing => {
  const clientKey = generateSecretKey()
  const secret = bytesToHex(generateSecretKey().slice(0, 16))
  const uri = createNostrConnectURI({
    clientPubkey: getPublicKey(clientKey),
    relays,
    secret,
    perms: [...NIP46_PERMISSIONS],
    name: APP_NAME,
    url: globalThis.location?.origin,
  })
  const tracker = authTracker(onAuthUrl)
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), PAIRING_TIMEOUT_MS)
  const done = (async () => {
    try {
      const bunker = await BunkerSigner.fromURI(
        clientKey,
        uri,
        { onauth: tracker.onauth },
        abort.signal,
      )
      return session(bunker, await askPubkey(bunker, tracker), clientKey, tracker)
    } catch (error) {
      if (!abort.signal.aborted && /subscription closed/.test(String(error))) {
        throw new Error(
          `Could not reach the relays (${relays.join(', ')}) to wait for your signer app. Check your relays and try again.`,
        )
      }
      if (abort.signal.aborted)
        throw new Error('No signer app answered the code. Show a new one to try again.')
      throw error
    } finally {
      clearTimeout(timer)
    }
  })()
  return { uri, done, cancel: () => abort.abort() }
}
