import { NDKEvent, NDKRelay } from '@nostr-dev-kit/ndk'
import type { EventTemplate } from 'nostr-tools'
import { finalizeEvent, generateSecretKey, getPublicKey } from 'nostr-tools/pure'
import { afterEach, describe, expect, it } from 'vitest'
import { answerAuthChallenges, setAuthRelays } from './auth'
import { getNdk } from './client'
import { setCurrentSigner } from './current-signer'
import { reportAuthRequired } from './relay-events'
import type { AppSigner } from './signer'

const key = generateSecretKey()
const signed: EventTemplate[] = []
const signer = {
  method: 'nip07',
  pubkey: getPublicKey(key),
  signEvent: async (template: EventTemplate) => {
    signed.push(template)
    return finalizeEvent(template, key)
  },
} as unknown as AppSigner

const CHOSEN = 'wss://chosen.example.com'
const STRANGER = 'wss://stranger.example.com'

/** What the app answers a challenge from `url` with: a signed event, or nothing. */
const challenge = (url: string) => {
  const relay = new NDKRelay(url, undefined, getNdk())
  const policy = getNdk().relayAuthDefaultPolicy
  if (!policy) throw new Error('no AUTH policy installed')
  return Promise.resolve(policy(relay, 'challenge-1'))
}

describe('NIP-42 AUTH answers', () => {
  afterEach(() => {
    setCurrentSigner(undefined)
    signed.length = 0
  })
  answerAuthChallenges()
  setAuthRelays('chosen', [CHOSEN])

  it('never signs for a relay the person did not choose', async () => {
    setCurrentSigner(signer)
    reportAuthRequired(STRANGER)
    await expect(challenge(STRANGER)).resolves.toBe(false)
    expect(signed).toEqual([])
  })

  it('answers a chosen relay once it refused something for want of sign-in and a signer exists', async () => {
    // the signer is asked synchronously when the app decides to answer, so `signed` tells at once
    const answer = challenge(CHOSEN)
    expect(signed).toEqual([]) // kept, not declined: no reason to sign in yet
    reportAuthRequired(CHOSEN)
    expect(signed).toEqual([]) // still no signer
    setCurrentSigner(signer)
    const event = await answer
    expect(event instanceof NDKEvent && event.kind).toBe(22242)
    expect(signed[0]?.tags).toEqual([
      ['relay', `${CHOSEN}/`],
      ['challenge', 'challenge-1'],
    ])
  })
})
