import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import { getPublicKey } from 'nostr-tools'

/** A fixed test person: key from a label, and the kind 0 profile the fixtures publish. */
export type TestIdentity = {
  secretKey: Uint8Array
  pubkey: string
  profile: { name: string; about: string; lud16?: string }
}

const identity = (label: string, name: string, about: string): TestIdentity => {
  const secretKey = sha256(utf8ToBytes(`bitcoin-troubleshoot e2e: ${label}`))
  return { secretKey, pubkey: getPublicKey(secretKey), profile: { name, about } }
}

/** Signs in through the bunker (NIP-46) fixture. */
export const bunkerBitcoiner = identity(
  'bunker',
  'Alice Bunker',
  'Keeps her keys in a remote signer.',
)

/** Signs in through the injected browser extension (NIP-07) fixture. */
export const extensionBitcoiner = identity(
  'nip07',
  'Bob Extension',
  'Signs with a browser extension.',
)

/** Someone else, for tickets and offers that are not the signed-in person's. */
export const otherBitcoiner = identity('other', 'Carol Stacker', 'Posts tickets in the tests.')
export const testTroubleshooter = identity(
  'troubleshooter',
  'Dave Fixer',
  'Answers tickets in the tests.',
)
