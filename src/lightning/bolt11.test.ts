import { readFileSync } from 'node:fs'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { bech32 } from '@scure/base'
import { describe, expect, it } from 'vitest'
import {
  type Invoice,
  isExpired,
  matchesDescriptionHash,
  readInvoice,
  verifyPreimage,
} from './bolt11'

// BOLT #11 "Examples" and "Examples of Invalid Invoices" (see shared/test-vectors/README.md).
type Examples = { valid: string[]; invalid: { desc: string; inv: string }[] }
const examples = JSON.parse(
  readFileSync(
    new URL('../../../shared/test-vectors/bolt11.examples.json', import.meta.url),
    'utf8',
  ),
) as Examples

// Every example is signed with this key (BOLT #11, "Examples").
const SPEC_PAYEE = '03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad'
const HASH = '0001020304050607080900010203040506070809000102030405060708090102'
const T = 1496314658
const LONG_DESCRIPTION =
  'One piece of chocolate cake, one icecream cone, one pickle, one slice of swiss cheese, one slice of salami, one lollypop, one piece of cherry pie, one sausage, one cupcake, and one slice of watermelon'
const LONG_DESCRIPTION_HASH = '3925b6f67e2c340036ed12093dd44e0368df1b6ea26c53dbe4811f58fd5db8c1'

const base = {
  network: 'bc' as const,
  timestamp: T,
  expiry: 3600,
  expiresAt: T + 3600,
  paymentHash: HASH,
  payee: SPEC_PAYEE,
}
const hashed = { ...base, amountMsats: 2_000_000_000, descriptionHash: LONG_DESCRIPTION_HASH }
const coffeeBeans = { ...base, amountMsats: 2_500_000_000, description: 'coffee beans' }
const cupOfCoffee = { ...base, amountMsats: 250_000_000, expiry: 60, expiresAt: T + 60 }

/** What each valid example says, in the order of the vectors file (spec headings as titles). */
const expected: [string, Omit<Invoice, 'paymentRequest'>][] = [
  ['donation of any amount', { ...base, description: 'Please consider supporting this project' }],
  ['$3 for a cup of coffee within one minute', { ...cupOfCoffee, description: '1 cup coffee' }],
  ['0.0025 BTC for a cup of nonsense', { ...cupOfCoffee, description: 'ナンセンス 1杯' }],
  ['$24 for an entire list of things (hashed)', hashed],
  ['testnet with fallback address', { ...hashed, network: 'tb' as const }],
  ['mainnet with fallback address and extra routing info', hashed],
  ['P2SH fallback', hashed],
  ['P2WPKH fallback', hashed],
  ['P2WSH fallback', hashed],
  [
    'amount in pico-BTC, within one week',
    {
      ...base,
      amountMsats: 967_878_534,
      timestamp: 1572468703,
      expiry: 604800,
      expiresAt: 1572468703 + 604800,
      paymentHash: '462264ede7e14047e9b249da94fefc47f41f7d02ee9b091815a5506bc8abf75f',
      description:
        'Blockstream Store: 88.85 USD for Blockstream Ledger Nano S x 1, "Back In My Day" Sticker x 2, "I Got Lightning Working" Sticker x 2 and 1 more items',
    },
  ],
  ['coffee beans with features 8, 14 and 99', coffeeBeans],
  ['same, all upper case', coffeeBeans],
  ['same, with fields that must be ignored', coffeeBeans],
  [
    'payment metadata 0x01fafaf0',
    { ...base, amountMsats: 1_000_000_000, description: 'payment metadata inside' },
  ],
  [
    'public-key recovery with high-S signature',
    {
      ...base,
      description: 'Please consider supporting this project',
      // The example keeps the recovery id of its low-S twin, so recovering with s as given (as
      // libsecp256k1 does) lands on this key, under which the signature is equally valid.
      payee: '02d0139ce7427d6dfffd26a326c18be754ef1e64672b42694ba5b23ef6e6e7803d',
    },
  ],
]

describe('readInvoice over the BOLT #11 valid examples', () => {
  it('has the 15 valid and 10 invalid examples', () => {
    expect(examples.valid).toHaveLength(expected.length)
    expect(examples.invalid).toHaveLength(10)
  })

  it.each(examples.valid.map((invoice, i) => [expected[i]![0], invoice, expected[i]![1]] as const))(
    '%s',
    (_title, invoice, fields) => {
      expect(readInvoice(invoice)).toEqual({
        ok: true,
        value: { ...fields, paymentRequest: invoice.toLowerCase() },
      })
    },
  )

  it('finds the spec signer behind every low-S example', () => {
    const signer = secp256k1.getPublicKey(
      hexToBytes('e126f68f7eafcc8b74f54d269fe206be715000f94dac067d1c04a8ca3b2db734'),
    )
    const payees = examples.valid.slice(0, -1).map((invoice) => {
      const result = readInvoice(invoice)
      return result.ok ? result.value.payee : result.reason
    })
    expect(new Set(payees)).toEqual(new Set([bytesToHex(signer)]))
  })

  it('accepts a lightning: URI and surrounding spaces', () => {
    const result = readInvoice(`  lightning:${examples.valid[1]!.toUpperCase()}\n`)
    expect(result.ok && result.value.description).toBe('1 cup coffee')
  })
})

const reasonFor: Record<string, RegExp> = {
  'Same, but adding invalid unknown feature 100': /feature bit 100/,
  'Bech32 checksum is invalid.': /checksum does not match/,
  'Malformed bech32 string (no 1)': /no "1" separator/,
  'Malformed bech32 string (mixed case)': /mixes upper and lower case/,
  'Signature is not recoverable.': /no payee key can be recovered/,
  'String is too short.': /too short/,
  'Invalid multiplier': /unknown unit \(multiplier\)/,
  'Invalid sub-millisatoshi precision.': /fraction of a millisatoshi/,
  'Missing required `s` field.': /no payment secret/,
  "Non canonical signature (high-S) with 'n' field defined": /low-S/,
}

describe('readInvoice over the BOLT #11 invalid examples', () => {
  it.each(examples.invalid.map((c) => [c.desc, c.inv] as const))('refuses: %s', (desc, inv) => {
    const result = readInvoice(inv)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toMatch(reasonFor[desc] ?? /no reason listed/)
  })

  it('refuses an invoice whose description was edited', () => {
    const tampered = examples.valid[1]!.replace('xysxxatsyp3k7enxv4js', 'xysxxatsyp3k7enxv4jq')
    expect(tampered).not.toBe(examples.valid[1])
    expect(readInvoice(tampered).ok).toBe(false)
  })

  it('refuses things that are not invoices', () => {
    expect(readInvoice('').ok).toBe(false)
    expect(readInvoice('npub1abc').ok).toBe(false)
    expect(readInvoice('lnbc1' + 'q'.repeat(8000)).ok).toBe(false)
  })
})

/** An example under another prefix: only the checksum is redone, so the signature no longer fits. */
const withPrefix = (invoice: string, prefix: string) =>
  bech32.encode(prefix, bech32.decode(invoice as `${string}1${string}`, false).words, false)

describe('readInvoice refusals beyond the spec examples', () => {
  const coffee = examples.valid[1]!
  it.each([
    ['lnltc2500u', /network the app knows/],
    ['lnbc1.5m', /amount "1.5m" is malformed/],
    ['lnbc999999999999', /larger than any real payment/],
    ['lnbc1000000', /larger than any real payment/],
  ])('refuses the prefix %s', (prefix, reason) => {
    const result = readInvoice(withPrefix(coffee, prefix))
    expect(result.ok ? '' : result.reason).toMatch(reason)
  })

  it('an example moved to another amount no longer proves the spec payee', () => {
    const result = readInvoice(withPrefix(coffee, 'lnbc2u'))
    expect(result.ok && result.value.payee).not.toBe(SPEC_PAYEE)
  })
})

describe('payer helpers', () => {
  const coffee = readInvoice(examples.valid[1]!)
  if (!coffee.ok) throw new Error(coffee.reason)

  it('isExpired turns true once timestamp + expiry is reached', () => {
    expect(isExpired(coffee.value, T + 59)).toBe(false)
    expect(isExpired(coffee.value, T + 60)).toBe(true)
  })

  it('verifyPreimage checks sha256(preimage) against the payment hash', () => {
    // sha256 of 32 zero bytes.
    const invoice = {
      paymentHash: '66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925',
    }
    expect(verifyPreimage(invoice, '00'.repeat(32))).toBe(true)
    expect(verifyPreimage(invoice, '01'.repeat(32))).toBe(false)
    expect(verifyPreimage(invoice, 'not hex')).toBe(false)
    expect(verifyPreimage(coffee.value, '00'.repeat(32))).toBe(false)
  })

  it('matchesDescriptionHash checks the text behind an h field', () => {
    const hashedInvoice = readInvoice(examples.valid[3]!)
    if (!hashedInvoice.ok) throw new Error(hashedInvoice.reason)
    expect(matchesDescriptionHash(hashedInvoice.value, LONG_DESCRIPTION)).toBe(true)
    expect(matchesDescriptionHash(hashedInvoice.value, 'one pickle')).toBe(false)
    expect(matchesDescriptionHash(coffee.value, '1 cup coffee')).toBe(false)
  })
})
