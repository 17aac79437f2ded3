import { randomBytes } from 'node:crypto'
import NDK, { NDKNip46Backend, NDKPrivateKeySigner } from '@nostr-dev-kit/ndk'
import type { NDKEvent, NDKSubscription, Nip46PermitCallbackParams } from '@nostr-dev-kit/ndk'
import { WebSocket } from 'ws'

// Node 20 has no global WebSocket; NDK's relays need one.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

export type DemoSignerOptions = {
  relayUrl: string
  /** The key the signer holds and signs with. */
  secretKey: Uint8Array
  /** The connection secret in the bunker URI; random when omitted. */
  secret?: string
}

export type DemoSigner = {
  /** `bunker://<signer pubkey>?relay=<ws url>&secret=<secret>`, to paste in "Sign in". */
  bunkerUri: string
  pubkey: string
  /** Client pubkeys that connected with the right secret. */
  clients(): string[]
  stop(): Promise<void>
}

/**
 * The bunker half of NIP-46 over NDK: a client must `connect` with the URI's secret (a wrong
 * secret is refused); after that it may ask get_public_key, sign_event, nip44_encrypt/decrypt,
 * nip04_*, ping. Requests and responses are nip44-encrypted as real bunkers do (NDK answers in
 * the scheme the request used). Prints nothing.
 */
export const startDemoSigner = async (options: DemoSignerOptions): Promise<DemoSigner> => {
  const secret = options.secret ?? randomBytes(16).toString('hex')
  const signer = new NDKPrivateKeySigner(options.secretKey)
  const ndk = new NDK({
    explicitRelayUrls: [options.relayUrl],
    enableOutboxModel: false,
    autoConnectUserRelays: false,
  })
  await ndk.connect(5000)
  const connected = new Set<string>()

  const permit = async ({ pubkey, method }: Nip46PermitCallbackParams) =>
    method === 'connect' || connected.has(pubkey)

  const backend = new NDKNip46Backend(ndk, signer, permit, [options.relayUrl])
  // NDK hands `connect`'s second parameter (the secret) to applyToken; refuse a wrong one.
  backend.applyToken = async (pubkey: string, token: string) => {
    if (token !== secret) throw new Error('invalid secret')
    connected.add(pubkey)
  }
  // backend.start() subscribes lazily and returns at once: a request sent right after would be
  // lost (kind 24133 is ephemeral). Subscribe ourselves and wait until the relay has the REQ.
  backend.localUser = await signer.user()
  const pubkey = backend.localUser.pubkey
  const handle = (event: NDKEvent) =>
    (backend as unknown as { handleIncomingEvent(e: NDKEvent): Promise<void> }).handleIncomingEvent(
      event,
    )
  const listen = () =>
    new Promise<NDKSubscription>((resolve) => {
      const sub = ndk.subscribe(
        { kinds: [24133], '#p': [pubkey] },
        { closeOnEose: false, groupable: false, onEvent: handle, onEose: () => resolve(sub) },
      )
    })
  let subscription = await listen()
  // NDK 3.0 reconnects after the relay drops but does not resend running REQs: resubscribe.
  const resubscribe = () => {
    subscription.stop()
    void listen().then((sub) => (subscription = sub))
  }
  for (const relay of ndk.pool.relays.values()) relay.on('ready', resubscribe)
  const relay = encodeURIComponent(options.relayUrl)

  return {
    bunkerUri: `bunker://${pubkey}?relay=${relay}&secret=${secret}`,
    pubkey,
    clients: () => [...connected],
    stop: async () => {
      subscription.stop()
      for (const relay of ndk.pool.relays.values()) {
        relay.off('ready', resubscribe)
        relay.disconnect()
      }
    },
  }
}
