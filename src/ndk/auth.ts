import { NDKEvent, type NDKRelay } from '@nostr-dev-kit/ndk'
import { Kind } from '@/nostr/kinds'
import { makeRelayAuth } from '@/nostr/relay-auth'
import { getNdk, relayKey } from './client'
import { currentSigner, onSignerChange } from './current-signer'
import { onRelayEvent, relayNeedsAuth } from './relay-events'

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

type Challenge = { relay: NDKRelay; challenge: string; answer: (event: NDKEvent | false) => void }

/** The challenge of each relay, kept until the app has a reason and a signer to answer it. */
const waiting = new Map<string, Challenge>()

/**
 * Answers a relay's challenge once the relay refused something until the app signs in (a
 * subscription or an event, `auth-required:`) and the person has a signer: relays that send a
 * challenge on every connection but serve everyone anyway are never signed in to.
 */
const answerWhenNeeded = (url: string) => {
  const pending = waiting.get(url)
  const signer = currentSigner()
  if (!pending || !signer || !relayNeedsAuth(url)) return
  waiting.delete(url)
  const template = makeRelayAuth(
    pending.relay.url,
    pending.challenge,
    Math.floor(Date.now() / 1000),
  )
  signer.signEvent(template).then(
    (signed) => pending.answer(signed.kind === Kind.ClientAuth && new NDKEvent(getNdk(), signed)),
    () => pending.answer(false),
  )
}

let answering = false

/**
 * Answers relays' AUTH challenges (NIP-42) with the signed-in person's signer, for allowed relays
 * only. NDK ignores new challenges while one is being answered, so a challenge is kept (not
 * declined) until it can be answered, or until the connection drops.
 */
export const answerAuthChallenges = (): void => {
  if (answering) return
  answering = true
  getNdk().relayAuthDefaultPolicy = (relay: NDKRelay, challenge: string) =>
    new Promise<NDKEvent | false>((answer) => {
      const url = relayKey(relay)
      if (!mayAuthenticate(url)) return answer(false)
      waiting.get(url)?.answer(false)
      waiting.set(url, { relay, challenge, answer })
      answerWhenNeeded(url)
    })
  onRelayEvent((url, event) => {
    if (event === 'auth-required') answerWhenNeeded(url)
    if (event === 'down') {
      waiting.get(url)?.answer(false)
      waiting.delete(url)
    }
  })
  onSignerChange(() => {
    for (const url of [...waiting.keys()]) answerWhenNeeded(url)
  })
}
