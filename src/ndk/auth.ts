import { NDKEvent, type NDKRelay } from '@nostr-dev-kit/ndk'
import { Kind } from '@/nostr/kinds'
import { makeRelayAuth } from '@/nostr/relay-auth'
import { getNdk, relayKey } from './client'
import { currentSigner } from './current-signer'

/** Relays the app may sign in to, by why: the person's own choice, or a counterpart's DM relays. */
const allowed = { chosen: new Set<string>(), dm: new Set<string>() }

/**
 * Sets the relays the app may answer a NIP-42 AUTH challenge for: `chosen`, the relays the person
 * uses (app list, own NIP-65 list); `dm`, the DM relays of the people they write to. A challenge
 * from any other relay is ignored, so a stranger's relay never learns who is reading it.
 */
export const setAuthRelays = (why: keyof typeof allowed, urls: readonly string[]): void => {
  allowed[why] = new Set(urls)
}

const mayAuthenticate = (url: string) => allowed.chosen.has(url) || allowed.dm.has(url)

/**
 * Answers relays' AUTH challenges (NIP-42) with the signed-in person's signer, for allowed relays
 * only; without a signer the relay keeps refusing, and the subscription says it needs sign-in.
 */
export const answerAuthChallenges = (): void => {
  getNdk().relayAuthDefaultPolicy = async (relay: NDKRelay, challenge: string) => {
    const url = relayKey(relay)
    const signer = currentSigner()
    if (!signer || !mayAuthenticate(url)) return false
    const template = makeRelayAuth(relay.url, challenge, Math.floor(Date.now() / 1000))
    const signed = await signer.signEvent(template)
    if (signed.kind !== Kind.ClientAuth) return false
    return new NDKEvent(getNdk(), signed)
  }
}
