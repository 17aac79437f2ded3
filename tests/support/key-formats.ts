import { createHash, randomBytes } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { createBase58check } from '@scure/base'
import { nsecEncode } from 'nostr-tools/nip19'
import type { Random } from './seed-formats'

/**
 * Fresh private keys (extended keys, WIF, nsec) and the ways people mangle them when they paste
 * them into a chat: wrapped over lines, grouped in fours, glued to a word.
 */

const base58check = createBase58check((data: Uint8Array) =>
  Uint8Array.from(createHash('sha256').update(data).digest()),
)

const freshSecret = (): Uint8Array => {
  for (;;) {
    const key = Uint8Array.from(randomBytes(32))
    if (secp256k1.utils.isValidSecretKey(key)) return key
  }
}

/** BIP-32 / SLIP-132 version bytes of extended private keys. */
export const EXTENDED_PRIVATE_VERSIONS = {
  xprv: [0x04, 0x88, 0xad, 0xe4],
  yprv: [0x04, 0x9d, 0x78, 0x78],
  zprv: [0x04, 0xb2, 0x43, 0x0c],
  tprv: [0x04, 0x35, 0x83, 0x94],
  vprv: [0x04, 0x5f, 0x18, 0xbc],
  Zprv: [0x02, 0xaa, 0x7a, 0x99],
} as const

/** A fresh extended private key (depth 0 or a random child) under `version`. */
export const freshExtendedKey = (version: keyof typeof EXTENDED_PRIVATE_VERSIONS): string => {
  const depth = randomBytes(1)[0]! % 6
  const meta = depth === 0 ? new Uint8Array(8) : Uint8Array.from(randomBytes(8))
  return base58check.encode(
    new Uint8Array([
      ...EXTENDED_PRIVATE_VERSIONS[version],
      depth,
      ...meta,
      ...randomBytes(32),
      0,
      ...freshSecret(),
    ]),
  )
}

/** A fresh WIF key: mainnet (0x80) or testnet (0xef), compressed or not. */
export const freshWif = (testnet: boolean, compressed: boolean): string =>
  base58check.encode(
    new Uint8Array([testnet ? 0xef : 0x80, ...freshSecret(), ...(compressed ? [1] : [])]),
  )

export const freshNsec = (): string => nsecEncode(freshSecret())

/** Every kind of key the guard must block, by name. */
export const KEY_KINDS: Record<string, () => string> = {
  xprv: () => freshExtendedKey('xprv'),
  yprv: () => freshExtendedKey('yprv'),
  zprv: () => freshExtendedKey('zprv'),
  tprv: () => freshExtendedKey('tprv'),
  vprv: () => freshExtendedKey('vprv'),
  Zprv: () => freshExtendedKey('Zprv'),
  'WIF mainnet compressed': () => freshWif(false, true),
  'WIF mainnet uncompressed': () => freshWif(false, false),
  'WIF testnet compressed': () => freshWif(true, true),
  'WIF testnet uncompressed': () => freshWif(true, false),
  nsec: freshNsec,
  'nsec, uppercase': () => freshNsec().toUpperCase(),
}

const chunks = (text: string, size: number) => text.match(new RegExp(`.{1,${size}}`, 'g')) ?? []

/** How a key is mangled on its way into a message. */
export const KEY_LAYOUTS: Record<string, (key: string, random: Random) => string> = {
  'as it is, in a sentence': (k) => `here is the key ${k} is it ok?`,
  'wrapped at 40 columns': (k) => chunks(k, 40).join('\n'),
  'wrapped at a random column': (k, r) => chunks(k, 8 + Math.floor(r() * 40)).join('\n'),
  'wrapped and indented': (k) =>
    chunks(k, 30)
      .map((line) => `    ${line}`)
      .join('\n'),
  'wrapped with CRLF in a quote': (k) =>
    chunks(k, 32)
      .map((line) => `> ${line}`)
      .join('\r\n'),
  'grouped in fours': (k) => chunks(k, 4).join(' '),
  'grouped in fours with hyphens': (k) => chunks(k, 4).join('-'),
  'grouped in fives, four groups a line': (k) => chunks(chunks(k, 5).join(' '), 24).join('\n'),
  'glued to the word before': (k) => `mykey${k} please check`,
  'glued to the word after': (k) => `check ${k}thanks`,
  'glued on both sides': (k) => `seedkey${k}thx`,
  'in a code block': (k) => `\`\`\`\n${k}\n\`\`\``,
  'zero-width spaces inside': (k) => chunks(k, 9).join('\u200b'),
  fullwidth: (k) => k.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
}
