/** Helpers for the 5-bit words a BOLT #11 invoice is made of. */

/** Packs 5-bit words into bytes. `pad` keeps a last partial byte (zero-filled), as signing needs. */
export function wordsToBytes(words: readonly number[], pad = false): Uint8Array {
  const bits = words.length * 5
  const out = new Uint8Array(pad ? Math.ceil(bits / 8) : Math.floor(bits / 8))
  let carry = 0
  let carryBits = 0
  let index = 0
  for (const word of words) {
    carry = ((carry << 5) | word) & 0xfff
    carryBits += 5
    if (carryBits >= 8) {
      carryBits -= 8
      if (index < out.length) out[index++] = (carry >> carryBits) & 0xff
    }
  }
  if (pad && carryBits > 0 && index < out.length) out[index] = (carry << (8 - carryBits)) & 0xff
  return out
}

/** Reads words as one big-endian unsigned number, or undefined past Number.MAX_SAFE_INTEGER. */
export function wordsToNumber(words: readonly number[]): number | undefined {
  let value = 0
  for (const word of words) {
    value = value * 32 + word
    if (value > Number.MAX_SAFE_INTEGER) return undefined
  }
  return value
}

/** Reads big-endian bytes as an unsigned number (up to 6 bytes stay exact). */
export const bytesToNumber = (bytes: Uint8Array): number =>
  bytes.reduce((value, byte) => value * 256 + byte, 0)
