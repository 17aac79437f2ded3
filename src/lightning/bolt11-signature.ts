import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { accept, reject, type ReadResult } from '@/nostr/read-result'

/**
 * The payee's node id (33-byte compressed key) proven by an invoice signature. With an `n` field
 * the signature must verify against it in low-S form; without one the key is recovered from the
 * signature (BOLT #11 lets recovery accept high-S).
 */
export function provePayee(
  signature: Uint8Array,
  signedHash: Uint8Array,
  payeeNodeKey: Uint8Array | undefined,
): ReadResult<Uint8Array> {
  if (signature.length !== 65) return reject('The invoice signature has the wrong size.')
  const compact = signature.subarray(0, 64)
  const recovery = signature[64] ?? 255
  if (recovery > 3) return reject('The invoice signature has an invalid recovery id.')

  let parsed
  try {
    parsed = secp256k1.Signature.fromBytes(compact, 'compact')
  } catch {
    return reject('The invoice signature is malformed.')
  }

  if (payeeNodeKey) {
    if (!secp256k1.utils.isValidPublicKey(payeeNodeKey, true)) {
      return reject('The invoice names a payee node id that is not a valid public key.')
    }
    if (parsed.hasHighS()) {
      return reject('The invoice signature is not in canonical low-S form.')
    }
    const valid = secp256k1.verify(compact, signedHash, payeeNodeKey, { prehash: false })
    return valid
      ? accept(payeeNodeKey)
      : reject('The invoice signature does not match the payee node id it names.')
  }

  try {
    const payee = parsed.addRecoveryBit(recovery).recoverPublicKey(signedHash)
    return accept(payee.toBytes(true))
  } catch {
    return reject('The invoice signature is not valid: no payee key can be recovered from it.')
  }
}

/** 5-bit words as bytes, a last partial byte zero-filled (as BOLT #11 signs them). */
export function wordsToBytes(words: readonly number[]): Uint8Array {
  const bytes: number[] = []
  let carry = 0
  let carryBits = 0
  for (const word of words) {
    carry = ((carry << 5) | word) & 0xfff
    carryBits += 5
    if (carryBits >= 8) {
      carryBits -= 8
      bytes.push((carry >> carryBits) & 0xff)
    }
  }
  if (carryBits > 0) bytes.push((carry << (8 - carryBits)) & 0xff)
  return Uint8Array.from(bytes)
}

/** What the payee signs: sha256 of the prefix's UTF-8 bytes and the data part before the signature. */
export const signedHash = (prefix: string, signedWords: readonly number[]): Uint8Array =>
  sha256(new Uint8Array([...new TextEncoder().encode(prefix), ...wordsToBytes(signedWords)]))
