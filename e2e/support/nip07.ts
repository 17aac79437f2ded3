import type { BrowserContext } from '@playwright/test'
import { finalizeEvent, getPublicKey, nip04, nip44 } from 'nostr-tools'
import type { EventTemplate } from 'nostr-tools'

/** One call the page made to window.nostr, in order. */
export type Nip07Call = { method: string; args: unknown[] }

/** A NIP-07 extension living in Node: the key never enters the page. */
export type Nip07Extension = {
  pubkey: string
  /** Every request the app made, e.g. to check what it asked the "extension" to sign. */
  calls: Nip07Call[]
  /**
   * Keeps every request to sign an event of `kind` waiting, as a person who has not clicked the
   * extension's prompt yet; the returned function lets them (and later ones) through.
   */
  holdSigning: (kind: number) => () => void
}

const BINDING = '__btNip07'

/**
 * Defines `window.nostr` in every page of `context` (before the app's scripts run), answering
 * getPublicKey, signEvent, nip44.encrypt/decrypt and nip04.encrypt/decrypt with `secretKey`.
 */
export const installNip07 = async (
  context: BrowserContext,
  secretKey: Uint8Array,
): Promise<Nip07Extension> => {
  const pubkey = getPublicKey(secretKey)
  const calls: Nip07Call[] = []
  const held = new Map<number, Promise<void>>()
  const holdSigning = (kind: number) => {
    let release = () => {}
    held.set(kind, new Promise<void>((resolve) => (release = resolve)))
    return () => {
      held.delete(kind)
      release()
    }
  }
  const methods: Record<string, (...args: never[]) => unknown> = {
    getPublicKey: () => pubkey,
    getRelays: () => ({}),
    signEvent: async (template: EventTemplate) => {
      await held.get(template.kind)
      return JSON.parse(
        JSON.stringify(finalizeEvent({ ...template, tags: template.tags ?? [] }, secretKey)),
      )
    },
    'nip44.encrypt': (peer: string, text: string) =>
      nip44.v2.encrypt(text, nip44.v2.utils.getConversationKey(secretKey, peer)),
    'nip44.decrypt': (peer: string, payload: string) =>
      nip44.v2.decrypt(payload, nip44.v2.utils.getConversationKey(secretKey, peer)),
    'nip04.encrypt': (peer: string, text: string) => nip04.encrypt(secretKey, peer, text),
    'nip04.decrypt': (peer: string, payload: string) => nip04.decrypt(secretKey, peer, payload),
  }
  await context.exposeFunction(BINDING, async (method: string, args: unknown[]) => {
    calls.push({ method, args })
    const run = methods[method]
    if (!run) throw new Error(`window.nostr.${method} is not supported`)
    return run(...(args as never[]))
  })
  await context.addInitScript((binding: string) => {
    type Call = (method: string, args: unknown[]) => Promise<unknown>
    const call =
      (method: string) =>
      (...args: unknown[]) =>
        ((window as unknown as Record<string, Call>)[binding] as Call)(method, args)
    Object.defineProperty(window, 'nostr', {
      configurable: true,
      value: {
        getPublicKey: call('getPublicKey'),
        getRelays: call('getRelays'),
        signEvent: call('signEvent'),
        nip44: { encrypt: call('nip44.encrypt'), decrypt: call('nip44.decrypt') },
        nip04: { encrypt: call('nip04.encrypt'), decrypt: call('nip04.decrypt') },
      },
    })
  }, BINDING)
  return { pubkey, calls, holdSigning }
}
