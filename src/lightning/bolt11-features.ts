/**
 * Invoice feature bits (BOLT #9, context "9"). Even bits are compulsory, odd bits optional:
 * a payer must refuse an invoice that requires a feature it does not know ("it's ok to be odd").
 */

/** Feature pairs a payer may meet in an invoice, by their even (compulsory) bit. */
export const KNOWN_INVOICE_FEATURES: Record<number, string> = {
  8: 'var_onion_optin',
  14: 'payment_secret',
  16: 'basic_mpp',
  24: 'option_route_blinding',
  48: 'option_payment_metadata',
}

/** The set bits of a `9` field, lowest first (bit 0 is the last bit of the last word). */
export function readFeatureBits(words: readonly number[]): number[] {
  const bits: number[] = []
  for (let fromEnd = 0; fromEnd < words.length; fromEnd++) {
    const word = words[words.length - 1 - fromEnd] ?? 0
    for (let bit = 0; bit < 5; bit++) {
      if ((word >> bit) & 1) bits.push(fromEnd * 5 + bit)
    }
  }
  return bits
}

const has = (bits: readonly number[], even: number) =>
  bits.includes(even) || bits.includes(even + 1)

/** Why a payer must not pay an invoice with these feature bits, or undefined if it may. */
export function featureProblem(bits: readonly number[]): string | undefined {
  const unknownRequired = bits.filter((bit) => bit % 2 === 0 && !(bit in KNOWN_INVOICE_FEATURES))
  if (unknownRequired.length > 0) {
    return `The invoice requires a feature this app does not know (feature bit ${unknownRequired.join(', ')}).`
  }
  if (has(bits, 16) && !has(bits, 14)) {
    return 'The invoice sets basic_mpp without payment_secret, which it depends on.'
  }
  if (has(bits, 14) && !has(bits, 8)) {
    return 'The invoice sets payment_secret without var_onion_optin, which it depends on.'
  }
  return undefined
}
