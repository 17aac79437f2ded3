import { hmac } from '@noble/hashes/hmac.js'
import { sha512 } from '@noble/hashes/sha2.js'
import { countWork } from './work-meter'

/**
 * Electrum's own seeds ("new" seeds since Electrum 2) use the BIP-39 English words but no BIP-39
 * checksum: a phrase is a seed when HMAC-SHA512("Seed version", phrase) starts with its version
 * prefix in hex (electrum/mnemonic.py `is_new_seed`).
 */
export type ElectrumVersion = 'standard' | 'segwit' | '2fa' | '2fa-segwit'

const encoder = new TextEncoder()
const keyed = hmac.create(sha512, encoder.encode('Seed version'))

/** The Electrum seed version of these words joined by spaces, if they are one. */
export function electrumSeedVersion(words: readonly string[]): ElectrumVersion | undefined {
  countWork(words.length * 8)
  const digest = keyed
    .clone()
    .update(encoder.encode(words.join(' ')))
    .digest()
  const [first, second] = [digest[0]!, digest[1]! >> 4]
  if (first === 0x01) return 'standard'
  if (first !== 0x10) return undefined
  if (second === 0) return 'segwit'
  if (second === 1) return '2fa'
  if (second === 2) return '2fa-segwit'
  return undefined
}
