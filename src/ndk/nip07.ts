import type { EventTemplate, NostrEvent } from 'nostr-tools'
import { checkSignedEvent, type AppSigner } from './signer'
import { withTimeout } from './timeout'

/** The NIP-07 API a browser extension (Alby, nos2x…) puts on `window.nostr`. */
type Nip07Extension = {
  getPublicKey: () => Promise<string>
  signEvent: (template: EventTemplate) => Promise<NostrEvent>
  nip44?: {
    encrypt: (pubkey: string, plaintext: string) => Promise<string>
    decrypt: (pubkey: string, ciphertext: string) => Promise<string>
  }
  nip04?: { decrypt: (pubkey: string, ciphertext: string) => Promise<string> }
}

export const NO_EXTENSION_MESSAGE =
  'No nostr extension found. Install Alby or nos2x, or use a remote signer.'

/** The extension waits for the person to approve in its popup, so it gets more time than relays. */
const EXTENSION_TIMEOUT_MS = 60_000
const EXTENSION_SLOW =
  'The browser extension did not answer. Open it, allow Bitcoin Troubleshoot, and try again.'

const currentExtension = (): Nip07Extension | undefined => {
  const candidate = (globalThis as { nostr?: unknown }).nostr as Partial<Nip07Extension> | undefined
  return candidate &&
    typeof candidate.getPublicKey === 'function' &&
    typeof candidate.signEvent === 'function'
    ? (candidate as Nip07Extension)
    : undefined
}

/** Finds `window.nostr`, polling for a while because extensions inject it after page load. */
export const waitForExtension = async (
  waitMs = 3000,
  everyMs = 100,
): Promise<Nip07Extension | undefined> => {
  const deadline = Date.now() + waitMs
  for (;;) {
    const extension = currentExtension()
    if (extension || Date.now() >= deadline) return extension
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

const ask = <T>(promise: Promise<T>) =>
  withTimeout(promise, { ms: EXTENSION_TIMEOUT_MS, message: EXTENSION_SLOW })

/** Wraps an extension as the app's signer, for the person whose pubkey it reported. */
export const extensionSigner = (extension: Nip07Extension, pubkey: string): AppSigner => ({
  method: 'nip07',
  pubkey,
  signEvent: async (template) =>
    checkSignedEvent(await ask(extension.signEvent({ ...template })), template, pubkey),
  nip44Encrypt: async (peer, plaintext) => {
    if (!extension.nip44)
      throw new Error('Your extension cannot encrypt (NIP-44). Update it or use another.')
    return ask(extension.nip44.encrypt(peer, plaintext))
  },
  nip44Decrypt: async (peer, ciphertext) => {
    if (!extension.nip44)
      throw new Error('Your extension cannot decrypt (NIP-44). Update it or use another.')
    return ask(extension.nip44.decrypt(peer, ciphertext))
  },
  nip04Decrypt: async (peer, ciphertext) => {
    if (!extension.nip04)
      throw new Error('Your extension cannot decrypt old-style (NIP-04) messages.')
    return ask(extension.nip04.decrypt(peer, ciphertext))
  },
  close: () => {},
})

/** Asks the extension who the person is; rejects in plain words when it is missing or silent. */
export const connectExtension = async (): Promise<AppSigner> => {
  const extension = await waitForExtension()
  if (!extension) throw new Error(NO_EXTENSION_MESSAGE)
  const pubkey = await ask(extension.getPublicKey())
  if (typeof pubkey !== 'string' || !/^[0-9a-f]{64}$/.test(pubkey)) {
    throw new Error('The browser extension returned a malformed public key.')
  }
  return extensionSigner(extension, pubkey)
}
