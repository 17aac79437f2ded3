import type { EventTemplate } from 'nostr-tools'
import { Kind } from './kinds'

/** https://github.com/nostr-protocol/nips/blob/master/42.md — the answer to a relay's AUTH challenge. */
export const makeRelayAuth = (relayUrl: string, challenge: string, now: number): EventTemplate => ({
  kind: Kind.ClientAuth,
  created_at: now,
  tags: [
    ['relay', relayUrl],
    ['challenge', challenge],
  ],
  content: '',
})
