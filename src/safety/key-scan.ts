import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { createBase58check } from '@scure/base'
import { decode as decodeNip19 } from 'nostr-tools/nip19'

/** What a single key-shaped string in a text turned out to be. */
export type KeyHit = {
  kind:
    | 'extended-private-key'
    | 'damaged-extended-private-key'
    | 'wif-private-key'
    | 'damaged-wif-private-key'
    | 'nsec'
    | 'damaged-nsec'
    | 'ncryptsec'
    | 'labelled-hex-key'
  /** e.g. "xprv", "WIF format, testnet, compressed". */
  label: string
  start: number
  end: number
}

const base58check = createBase58check(sha256)
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/

/** BIP-32 / SLIP-132 version bytes of extended private keys, by their base58 prefix. */
const EXTENDED_PRIVATE_VERSIONS: Record<string, number> = {
  xprv: 0x0488ade4,
  yprv: 0x049d7878,
  zprv: 0x04b2430c,
  Yprv: 0x0295b005,
  Zprv: 0x02aa7a99,
  tprv: 0x04358394,
  uprv: 0x044a4e28,
  vprv: 0x045f18bc,
  Uprv: 0x024285b5,
  Vprv: 0x02575048,
}

const tryBase58check = (text: string): Uint8Array | undefined => {
  try {
    return base58check.decode(text)
  } catch {
    return undefined
  }
}

const readUint32 = (bytes: Uint8Array) =>
  ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0

export function classifyExtended(token: string): KeyHit['kind'] | undefined {
  const prefix = token.slice(0, 4)
  const version = EXTENDED_PRIVATE_VERSIONS[prefix]
  if (version === undefined || token.length < 100 || token.length > 115) return undefined
  const payload = BASE58.test(token) ? tryBase58check(token) : undefined
  const valid =
    payload?.length === 78 &&
    readUint32(payload) === version &&
    payload[45] === 0 &&
    secp256k1.utils.isValidSecretKey(payload.subarray(46, 78))
  return valid ? 'extended-private-key' : 'damaged-extended-private-key'
}

/** Wallet Import Format: base58check of 0x80 (mainnet) or 0xef (testnet), 32 bytes, optional 0x01. */
export function classifyWif(token: string): { kind: KeyHit['kind']; label: string } | undefined {
  const uncompressedShape = token.length === 51 && /^[59]/.test(token)
  const compressedShape = token.length === 52 && /^[KLc]/.test(token)
  if (!BASE58.test(token) || !(uncompressedShape || compressedShape)) return undefined
  const payload = tryBase58check(token)
  const version = payload?.[0]
  const compressed = payload?.length === 34 && payload[33] === 0x01
  const valid =
    payload !== undefined &&
    (version === 0x80 || version === 0xef) &&
    (payload.length === 33 || compressed) &&
    secp256k1.utils.isValidSecretKey(payload.subarray(1, 33))
  if (!valid) return { kind: 'damaged-wif-private-key', label: 'WIF format' }
  const network = version === 0x80 ? 'mainnet' : 'testnet'
  return {
    kind: 'wif-private-key',
    label: `WIF format, ${network}, ${compressed ? 'compressed' : 'uncompressed'}`,
  }
}

export function classifyNostr(token: string): { kind: KeyHit['kind']; label: string } | undefined {
  const lower = token.toLowerCase()
  if (lower.startsWith('ncryptsec1')) return { kind: 'ncryptsec', label: 'ncryptsec' }
  if (!lower.startsWith('nsec1')) return undefined
  try {
    const decoded = decodeNip19(lower as `nsec1${string}`)
    if (decoded.type === 'nsec' && decoded.data.length === 32)
      return { kind: 'nsec', label: 'nsec' }
  } catch {
    // fall through: shaped like an nsec but does not decode
  }
  return lower.length >= 60 ? { kind: 'damaged-nsec', label: 'nsec' } : undefined
}

const ALPHANUMERIC_RUN = /[A-Za-z0-9]{50,}/g
const HEX_64 = /(?<![0-9A-Za-z])[0-9a-fA-F]{64}(?![0-9A-Za-z])/g
const SECRET_LABEL =
  /(priv(ate)?[\s_-]*key|privkey|secret|seed|\bsk\b|\bwif\b|\bnsec\b)[^\n]{0,24}$/i

/** Every private-key-shaped string in the text: extended keys, WIF, nsec, labelled hex keys. */
export function findKeys(text: string): KeyHit[] {
  const hits: KeyHit[] = []
  for (const match of text.matchAll(ALPHANUMERIC_RUN)) {
    const token = match[0]
    const start = match.index
    const end = start + token.length
    const extended = classifyExtended(token)
    if (extended) {
      hits.push({ kind: extended, label: token.slice(0, 4), start, end })
      continue
    }
    const found = classifyNostr(token) ?? classifyWif(token)
    if (found) hits.push({ ...found, start, end })
  }
  for (const match of text.matchAll(HEX_64)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    if (SECRET_LABEL.test(before)) {
      hits.push({
        kind: 'labelled-hex-key',
        label: 'hex',
        start: match.index,
        end: match.index + 64,
      })
    }
  }
  return hits
}

const DESCRIPTOR =
  /\b(?:sh|wsh|pkh|wpkh|tr|rawtr|pk|combo|multi|sortedmulti|multi_a|sortedmulti_a)\([^\s]+/g

/** Spans of output descriptors (e.g. `wpkh([fp/84h/0h/0h]xprv…/0/*)#checksum`). */
export function findDescriptors(text: string): { start: number; end: number }[] {
  return [...text.matchAll(DESCRIPTOR)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }))
}
