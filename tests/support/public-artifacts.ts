import { createHash } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { base64, bech32, bech32m, bytesToString, createBase58check, utf8 } from '@scure/base'
import bolt11 from 'bolt11'
import { neventEncode, noteEncode, npubEncode } from 'nostr-tools/nip19'
import type { Random } from './seed-formats'

/**
 * Public things people paste into support chats, generated valid from a seeded generator:
 * transaction ids, addresses of every type, xpub/ypub/zpub/tpub, node ids, npubs and notes,
 * Lightning invoices, LNURLs, PSBTs. None of them gives money away: the guard must let them pass.
 */

const sha256 = (data: Uint8Array) => Uint8Array.from(createHash('sha256').update(data).digest())
const base58check = createBase58check(sha256)
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

const randomBytes = (random: Random, length: number) =>
  Uint8Array.from({ length }, () => Math.floor(random() * 256))

const secretFrom = (random: Random): Uint8Array => {
  for (;;) {
    const key = randomBytes(random, 32)
    if (secp256k1.utils.isValidSecretKey(key)) return key
  }
}
const publicKeyFrom = (random: Random) => secp256k1.getPublicKey(secretFrom(random), true)

const segwit = (prefix: string, version: number, program: Uint8Array) =>
  (version === 0 ? bech32 : bech32m).encode(prefix, [version, ...bech32.toWords(program)])

const EXTENDED_PUBLIC = {
  xpub: [0x04, 0x88, 0xb2, 0x1e],
  ypub: [0x04, 0x9d, 0x7c, 0xb2],
  zpub: [0x04, 0xb2, 0x47, 0x46],
  tpub: [0x04, 0x35, 0x87, 0xcf],
  vpub: [0x04, 0x5f, 0x1c, 0xf6],
} as const

const extendedPublic = (version: keyof typeof EXTENDED_PUBLIC, random: Random) =>
  base58check.encode(
    new Uint8Array([
      ...EXTENDED_PUBLIC[version],
      3,
      ...randomBytes(random, 4),
      0x80,
      0,
      0,
      0,
      ...randomBytes(random, 32),
      ...publicKeyFrom(random),
    ]),
  )

const invoice = (random: Random) => {
  const encoded = bolt11.encode({
    network: { bech32: 'bc', pubKeyHash: 0, scriptHash: 5, validWitnessVersions: [0, 1] },
    satoshis: 1000 + Math.floor(random() * 500_000),
    timestamp: 1_700_000_000 + Math.floor(random() * 50_000_000),
    tags: [
      { tagName: 'payment_hash', data: hex(randomBytes(random, 32)) },
      { tagName: 'payment_secret', data: hex(randomBytes(random, 32)) },
      { tagName: 'description', data: 'Troubleshooting session' },
    ],
  })
  return bolt11.sign(encoded, hex(secretFrom(random))).paymentRequest ?? ''
}

/** A PSBT with one unsigned input and one output (BIP-174 framing), base64 as wallets export it. */
const psbt = (random: Random) => {
  const tx = new Uint8Array([
    2,
    0,
    0,
    0,
    1,
    ...randomBytes(random, 32),
    0,
    0,
    0,
    0,
    0,
    0xfd,
    0xff,
    0xff,
    0xff,
    1,
    ...randomBytes(random, 8),
    22,
    0,
    20,
    ...randomBytes(random, 20),
    0,
    0,
    0,
    0,
  ])
  const framed = new Uint8Array([0x70, 0x73, 0x62, 0x74, 0xff, 1, 0, tx.length, ...tx, 0, 0, 0])
  return base64.encode(framed)
}

/** Each placeholder of the prose corpus and how to make a fresh value for it. */
export const ARTIFACTS: Record<string, (random: Random) => string> = {
  txid: (r) => hex(randomBytes(r, 32)),
  hash: (r) => hex(randomBytes(r, 32)),
  bc1q: (r) => segwit('bc', 0, randomBytes(r, 20)),
  bc1p: (r) => segwit('bc', 1, randomBytes(r, 32)),
  tb1q: (r) => segwit('tb', 0, randomBytes(r, 20)),
  legacy: (r) => base58check.encode(new Uint8Array([0, ...randomBytes(r, 20)])),
  p2sh: (r) => base58check.encode(new Uint8Array([5, ...randomBytes(r, 20)])),
  xpub: (r) => extendedPublic('xpub', r),
  ypub: (r) => extendedPublic('ypub', r),
  zpub: (r) => extendedPublic('zpub', r),
  tpub: (r) => extendedPublic('tpub', r),
  vpub: (r) => extendedPublic('vpub', r),
  fingerprint: (r) => hex(randomBytes(r, 4)),
  nodeid: (r) => hex(publicKeyFrom(r)),
  pubkey: (r) => hex(publicKeyFrom(r).subarray(1)),
  npub: (r) => npubEncode(hex(publicKeyFrom(r).subarray(1))),
  note: (r) => noteEncode(hex(randomBytes(r, 32))),
  nevent: (r) => neventEncode({ id: hex(randomBytes(r, 32)) }),
  invoice,
  lnurl: (r) =>
    bech32
      .encode(
        'lnurl',
        bech32.toWords(utf8.decode(`https://pay.example.com/lnurlp/${Math.floor(r() * 1e6)}`)),
        2000,
      )
      .toUpperCase(),
  psbt,
  channel: (r) => `${hex(randomBytes(r, 32))}:${Math.floor(r() * 4)}`,
  sats: (r) => Math.floor(r() * 2_000_000).toLocaleString('en'),
  block: (r) => String(850_000 + Math.floor(r() * 60_000)),
  b64: (r) => bytesToString('base64', randomBytes(r, 24)),
}

/** Fills every `{name}` placeholder of a text with a fresh value. */
export const fillArtifacts = (text: string, random: Random): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => ARTIFACTS[name]?.(random) ?? whole)
