import { sha256 } from '@noble/hashes/sha2.js'
import { hexToBytes } from '@noble/hashes/utils.js'
import { createBase58check } from '@scure/base'
import { validateMnemonic } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { npubEncode, nsecEncode } from 'nostr-tools/nip19'
import { getPublicKey } from 'nostr-tools/pure'
import { describe, expect, it } from 'vitest'
import { describeSecretsVerdict } from './describe-secrets-verdict'
import { checkForSecrets, type SecretFinding } from './secrets-guard'

// BIP-39 reference vectors (trezor/python-mnemonic vectors.json).
const ABANDON_12 = `${'abandon '.repeat(11)}about`
const LEGAL_12 = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const ABANDON_24 = `${'abandon '.repeat(23)}art`
const ZOO_24 = `${'zoo '.repeat(23)}vote`
const BAD_CHECKSUM_12 = 'legal winner thank year wave sausage worth useful legal winner thank year'

// BIP-32 test vector 1, master keys.
const XPRV =
  'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi'
const XPUB =
  'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8'

// The Bitcoin wiki's WIF example key, uncompressed and compressed.
const WIF_HEX = '0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d'
const WIF_MAINNET = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ'
const WIF_MAINNET_COMPRESSED = 'KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617'

const base58check = createBase58check(sha256)
/** The same BIP-32 master key under another SLIP-132 version (tprv, zprv…). */
const withVersion = (extendedKey: string, version: string) =>
  base58check.encode(
    new Uint8Array([...hexToBytes(version), ...base58check.decode(extendedKey).slice(4)]),
  )
const TPRV = withVersion(XPRV, '04358394')
const ZPRV = withVersion(XPRV, '04b2430c')
const wif = (version: number, compressed: boolean) =>
  base58check.encode(
    new Uint8Array([version, ...hexToBytes(WIF_HEX), ...(compressed ? [0x01] : [])]),
  )

const NOSTR_KEY = hexToBytes('5c0c523f52a5b6fad39ed2403092df8cebc36318b39383bca6c00808626fab3a')
const NSEC = nsecEncode(NOSTR_KEY)
const NPUB = npubEncode(getPublicKey(NOSTR_KEY))

const findings = (text: string): SecretFinding[] => {
  const result = checkForSecrets(text)
  return result.verdict === 'ok' ? [] : result.findings
}
const highlighted = (text: string) => findings(text).map((f) => text.slice(f.start, f.end))

describe('the samples are what they claim to be', () => {
  it('uses valid and invalid BIP-39 phrases (checked with @scure/bip39)', () => {
    for (const phrase of [ABANDON_12, LEGAL_12, ABANDON_24, ZOO_24]) {
      expect(validateMnemonic(phrase, wordlist)).toBe(true)
    }
    expect(validateMnemonic(BAD_CHECKSUM_12, wordlist)).toBe(false)
  })

  it('uses the published WIF encodings of the wiki key', () => {
    expect(wif(0x80, false)).toBe(WIF_MAINNET)
    expect(wif(0x80, true)).toBe(WIF_MAINNET_COMPRESSED)
    expect(TPRV.startsWith('tprv')).toBe(true)
    expect(ZPRV.startsWith('zprv')).toBe(true)
  })
})

describe('recovery phrases', () => {
  it.each([
    ['12 words', ABANDON_12, 12],
    ['another 12 words', LEGAL_12, 12],
    ['24 words', ABANDON_24, 24],
    ['24 other words', ZOO_24, 24],
  ])('blocks %s and says how many', (_name, phrase, count) => {
    const result = checkForSecrets(phrase)
    expect(result).toEqual({
      verdict: 'block',
      findings: [
        {
          kind: 'recovery-phrase',
          severity: 'block',
          message: `This looks like a ${count}-word recovery phrase (seed). Anyone with these words can take your bitcoin. Never share it, not even with a troubleshooter.`,
          start: 0,
          end: phrase.length,
        },
      ],
    })
  })

  it('highlights exactly the phrase inside a message', () => {
    const text = `Hi, my wallet shows zero. My seed is ${LEGAL_12}. Did I lose everything?`
    expect(checkForSecrets(text).verdict).toBe('block')
    expect(highlighted(text)).toEqual([LEGAL_12])
  })

  it('blocks numbered, one-per-line, comma-separated and capitalised forms', () => {
    const words = LEGAL_12.split(' ')
    const numbered = words.map((word, i) => `${i + 1}. ${word}`).join(' ')
    const lines = words.map((word, i) => `${i + 1}) ${word}`).join('\n')
    const commas = words.join(', ')
    const capitals = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')
    for (const text of [numbered, lines, commas, capitals]) {
      expect(checkForSecrets(text).verdict, text).toBe('block')
    }
    expect(highlighted(numbered)).toEqual([numbered.slice(3)])
  })

  it('warns on 12 wordlist words whose checksum is wrong', () => {
    const result = checkForSecrets(BAD_CHECKSUM_12)
    expect(result.verdict).toBe('warn')
    expect(findings(BAD_CHECKSUM_12)).toMatchObject([
      { kind: 'recovery-phrase-like', severity: 'warn', start: 0, end: BAD_CHECKSUM_12.length },
    ])
  })

  it('warns on part of a phrase (8 words)', () => {
    const part = 'Here are the first words: legal winner thank year wave sausage worth useful'
    expect(checkForSecrets(part).verdict).toBe('warn')
    expect(highlighted(part)).toEqual(['legal winner thank year wave sausage worth useful'])
  })
})

describe('private keys', () => {
  it.each([
    ['xprv (BIP-32 vector 1)', XPRV, 'extended-private-key', 'xprv'],
    ['tprv', TPRV, 'extended-private-key', 'tprv'],
    ['zprv', ZPRV, 'extended-private-key', 'zprv'],
    ['WIF, mainnet, uncompressed', WIF_MAINNET, 'wif-private-key', 'mainnet, uncompressed'],
    ['WIF, mainnet, compressed', WIF_MAINNET_COMPRESSED, 'wif-private-key', 'mainnet, compressed'],
    ['WIF, testnet, uncompressed', wif(0xef, false), 'wif-private-key', 'testnet, uncompressed'],
    ['WIF, testnet, compressed', wif(0xef, true), 'wif-private-key', 'testnet, compressed'],
    ['nsec', NSEC, 'nsec', 'nostr secret key'],
  ])('blocks a %s', (_name, key, kind, words) => {
    const text = `can you check this key ${key} please`
    const result = checkForSecrets(text)
    expect(result.verdict).toBe('block')
    expect(findings(text)).toHaveLength(1)
    expect(findings(text)[0]).toMatchObject({ kind, severity: 'block' })
    expect(findings(text)[0]!.message).toContain(words)
    expect(highlighted(text)).toEqual([key])
  })

  it('warns on an xprv with a typo', () => {
    const typo = XPRV.slice(0, 50) + (XPRV[50] === 'a' ? 'b' : 'a') + XPRV.slice(51)
    expect(findings(typo)).toMatchObject([
      { kind: 'damaged-extended-private-key', severity: 'warn' },
    ])
  })

  it('warns on an nsec with a typo', () => {
    const typo = NSEC.slice(0, 20) + (NSEC[20] === 'q' ? 'p' : 'q') + NSEC.slice(21)
    expect(findings(typo)).toMatchObject([{ kind: 'damaged-nsec', severity: 'warn' }])
  })

  it('warns on 64 hex characters labelled as a private key, not on a transaction id', () => {
    expect(findings(`my private key: ${WIF_HEX}`)).toMatchObject([
      { kind: 'labelled-hex-key', severity: 'warn' },
    ])
    const txid = 'f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16'
    expect(checkForSecrets(`The transaction ${txid} has been pending for a day`).verdict).toBe('ok')
  })
})

describe('output descriptors', () => {
  it('blocks a descriptor carrying an xprv and highlights all of it', () => {
    const descriptor = `wpkh([d34db33f/84h/0h/0h]${XPRV}/0/*)#qwer1234`
    const text = `Sparrow exported ${descriptor} for my wallet`
    expect(findings(text)).toMatchObject([{ kind: 'private-descriptor', severity: 'block' }])
    expect(highlighted(text)).toEqual([descriptor])
  })

  it('blocks a descriptor carrying a WIF key', () => {
    const descriptor = `wpkh(${WIF_MAINNET_COMPRESSED})`
    expect(findings(descriptor)).toMatchObject([{ kind: 'private-descriptor', start: 0 }])
  })

  it('reports a multisig descriptor with two private keys once', () => {
    const descriptor = `wsh(sortedmulti(2,${XPRV}/0/*,${TPRV}/0/*))`
    expect(findings(descriptor)).toHaveLength(1)
  })

  it('lets a public descriptor through', () => {
    expect(checkForSecrets(`wpkh([d34db33f/84h/0h/0h]${XPUB}/0/*)`).verdict).toBe('ok')
  })
})

const PROSE = [
  'I have a problem with my wallet, the app is able to open but it shows zero balance after I restored it from my backup. I tried again and again, still nothing. Can you help me find my funds?',
  'Also any time that you can help me with this would be great. My electrum wallet says the server is not connected; I also updated to the latest version and checked the network settings.',
  'After I sent a transaction the wallet shows it as pending for two days. The fee was low because the mempool was busy. Can I bump the fee with replace by fee or child pays for parent?',
  'I use Sparrow on a laptop with a hardware device connected by cable. The screen of the device says wrong address, and I am not sure what to do before I lose access to my coins.',
  `My public key is ${XPUB} and my nostr is ${NPUB}. Invoice: lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu9qrsgquk0rl77nj30yxdy8j9vdx85fkpmdla2087ne0xh8nhedh8w27kyke0lp53ut353s06fv3qfegext0eh0ymjpf39tuven09sam30g4vgpfna3rh`,
  'Where can I find my seed words? I wrote twelve words on paper but the list is gone. Is there any way to recover the wallet with only the file and the password?',
]

describe('ordinary troubleshooting text', () => {
  it.each(PROSE)('passes: %s', (text) => {
    expect(checkForSecrets(text)).toEqual({ verdict: 'ok' })
  })

  it('passes empty text', () => {
    expect(checkForSecrets('')).toEqual({ verdict: 'ok' })
  })

  it('reads 20 KB of prose as ok and 20 KB of bare wordlist words as a near-miss', () => {
    const prose = PROSE.join(' ').repeat(Math.ceil(20_000 / PROSE.join(' ').length))
    const words = Array.from({ length: 3000 }, (_, i) => wordlist[(i * 7919) % 2048]).join(' ')
    expect(checkForSecrets(prose.slice(0, 20_000)).verdict).toBe('ok')
    expect(checkForSecrets(words.slice(0, 20_000)).verdict).not.toBe('ok')
  })
})

describe('describeSecretsVerdict', () => {
  it('says nothing when there is nothing to say', () => {
    expect(describeSecretsVerdict({ verdict: 'ok' })).toBeUndefined()
  })

  it('names what blocks sending', () => {
    expect(describeSecretsVerdict(checkForSecrets(`${ABANDON_12} and ${NSEC}`))).toBe(
      'This text contains a recovery phrase (seed) and a nostr secret key (nsec). Anyone who reads it could take your bitcoin or your account, so it cannot be sent. Remove the highlighted part.',
    )
  })

  it('names what only deserves a second look', () => {
    expect(describeSecretsVerdict(checkForSecrets(BAD_CHECKSUM_12))).toBe(
      'This text may contain words from a recovery phrase. Check the highlighted part before sending: nobody helping you ever needs your secrets.',
    )
  })
})
