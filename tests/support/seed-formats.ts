import { createHash, randomFillSync } from 'node:crypto'
import { generateMnemonic } from '@scure/bip39'
import { wordlist as czech } from '@scure/bip39/wordlists/czech.js'
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { wordlist as french } from '@scure/bip39/wordlists/french.js'
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js'
import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js'
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js'
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js'
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js'
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js'

/**
 * The ways people write a recovery phrase down when they paste it into a chat, for measuring the
 * secrets guard: each format turns the words of a fresh mnemonic into a text. Mnemonics are made
 * fresh on every run (crypto randomness), the layout choices from a seeded generator.
 */

export const WORDLISTS = {
  english,
  spanish,
  french,
  italian,
  portuguese,
  czech,
  japanese,
  korean,
  simplifiedChinese,
} as const

export type Language = keyof typeof WORDLISTS

/** A small deterministic generator for layout choices (spaces, case). */
export type Random = () => number
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

const STRENGTH: Record<number, number> = { 12: 128, 15: 160, 18: 192, 21: 224, 24: 256 }
export const MNEMONIC_LENGTHS = [12, 15, 18, 21, 24] as const

/** A fresh valid BIP-39 mnemonic's words (NFKD, as @scure/bip39 makes them). */
export const freshMnemonic = (language: Language, length: number): string[] =>
  generateMnemonic(WORDLISTS[language], STRENGTH[length]).split(/[ \u3000]/)

/** Electrum "new" seed versions: standard, segwit, 2FA, 2FA segwit (electrum/mnemonic.py). */
export const ELECTRUM_PREFIXES = {
  standard: '01',
  segwit: '100',
  '2fa': '101',
  '2fa-segwit': '102',
}

/** HMAC-SHA512 keyed "Seed version", with the padded key hashed once (fresh seeds take ~4,000 tries). */
const SEED_VERSION_KEY = Buffer.alloc(128)
SEED_VERSION_KEY.write('Seed version')
const padded = (pad: number) =>
  createHash('sha512').update(SEED_VERSION_KEY.map((byte) => byte ^ pad))
const [inner, outer] = [padded(0x36), padded(0x5c)]
const seedVersionHex = (text: string) =>
  outer.copy().update(inner.copy().update(text, 'utf8').digest()).digest('hex')

/** Whether Electrum reads these words as a new seed of some version (hmac rule). */
export const electrumVersionOf = (words: readonly string[]): string | undefined => {
  const hex = seedVersionHex(words.join(' '))
  return Object.values(ELECTRUM_PREFIXES).find((prefix) => hex.startsWith(prefix))
}

/** A fresh Electrum new seed (132 bits, English wordlist), as Electrum's make_seed builds it. */
export const freshElectrumSeed = (prefix: string): string[] => {
  for (;;) {
    const pool = randomFillSync(new Uint16Array(12 * 1024))
    for (let at = 0; at < pool.length; at += 12) {
      // a uniform number in [2^121, 2^132), written base 2048 from its lowest digit: 12 words
      if ((pool[at + 11]! & 2047) === 0) continue
      const words = Array.from(pool.subarray(at, at + 12), (value) => english[value & 2047]!)
      if (seedVersionHex(words.join(' ')).startsWith(prefix)) return words
    }
  }
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
const numbered = (words: string[], mark: (n: number) => string, join = ' ') =>
  words.map((word, i) => `${mark(i + 1)}${word}`).join(join)
const fullwidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
const insideWords = (words: string[], mark: string, random: Random) =>
  words.map((word) => {
    const at = 1 + Math.floor(random() * (word.length - 1))
    return word.slice(0, at) + mark + word.slice(at)
  })

/** Words laid out in `columns` columns, numbered down each column, as on a backup card. */
const numberedColumns = (words: string[], columns: number, width: number) => {
  const rows = Math.ceil(words.length / columns)
  const lines: string[] = []
  for (let r = 0; r < rows; r++) {
    const cells: string[] = []
    for (let c = 0; c < columns; c++) {
      const n = c * rows + r
      if (n < words.length) cells.push(`${String(n + 1).padStart(2)}. ${words[n]}`.padEnd(width))
    }
    lines.push(cells.join('').trimEnd())
  }
  return lines.join('\n')
}

/** Words in rows of `columns`, padded to wide columns, read left to right. */
const alignedRows = (words: string[], columns: number, width: number) => {
  const lines: string[] = []
  for (let i = 0; i < words.length; i += columns)
    lines.push(
      words
        .slice(i, i + columns)
        .map((w) => w.padEnd(width))
        .join(' ')
        .trimEnd(),
    )
  return lines.join('\n')
}

/** One way of writing the words down. */
export type SeedFormat = {
  name: string
  language: Language
  /** Electrum seeds instead of BIP-39 mnemonics. */
  electrum?: string
  /** Mnemonic lengths this format is tried with (default: all five). */
  lengths?: readonly number[]
  write: (words: string[], random: Random) => string
}

const plain = (name: string, write: SeedFormat['write']): SeedFormat => ({
  name,
  language: 'english',
  write,
})

const ORDINAL = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`
const LETTER = (n: number) => String.fromCharCode(96 + n)

/** Every format the guard is measured on. */
export const SEED_FORMATS: SeedFormat[] = [
  plain('spaces', (w) => w.join(' ')),
  plain('comma and space', (w) => w.join(', ')),
  plain('commas', (w) => w.join(',')),
  plain('semicolons', (w) => w.join('; ')),
  plain('semicolons, no space', (w) => w.join(';')),
  plain('one per line', (w) => w.join('\n')),
  plain('one per line, CRLF and trailing spaces', (w) => w.map((x) => `${x}  `).join('\r\n')),
  plain('tabs', (w) => w.join('\t')),
  plain('a period after each word', (w) => w.map((x) => `${x}.`).join(' ')),
  plain('periods between, no space', (w) => w.join('.')),
  plain('hyphens', (w) => w.join('-')),
  plain('slashes', (w) => w.join(' / ')),
  plain('pipes', (w) => w.join(' | ')),
  plain('bullets', (w) => w.map((x) => `• ${x}`).join('\n')),
  plain('dash list', (w) => w.map((x) => `- ${x}`).join('\n')),
  plain('numbered inline "1. word"', (w) => numbered(w, (n) => `${n}. `)),
  plain('numbered lines "1. word"', (w) => numbered(w, (n) => `${n}. `, '\n')),
  plain('numbered with periods "1. word."', (w) => numbered(w, (n) => `${n}. `, '.\n') + '.'),
  plain('numbered "1) word"', (w) => numbered(w, (n) => `${n}) `, '\n')),
  plain('numbered "1: word"', (w) => numbered(w, (n) => `${n}: `)),
  plain('numbered "1.word" no space', (w) => numbered(w, (n) => `${n}.`)),
  plain('numbered "01 - word"', (w) =>
    numbered(w, (n) => `${String(n).padStart(2, '0')} - `, '\n'),
  ),
  plain('numbered "#1 word"', (w) => numbered(w, (n) => `#${n} `)),
  plain('numbered "(1) word"', (w) => numbered(w, (n) => `(${n}) `, ' ')),
  plain('"Word 1: word"', (w) => numbered(w, (n) => `Word ${n}: `, '\n')),
  plain('"Mot 3 = word"', (w) => numbered(w, (n) => `Mot ${n} = `, '\n')),
  plain('lettered "a) word"', (w) => numbered(w, (n) => `${LETTER(n)}) `, '\n')),
  plain('lettered "A. word"', (w) => numbered(w, (n) => `${LETTER(n).toUpperCase()}. `)),
  plain('ordinals "1st: word"', (w) => numbered(w, (n) => `${ORDINAL(n)}: `, '\n')),
  plain('ordinals inline "2nd word"', (w) => numbered(w, (n) => `${ORDINAL(n)} `)),
  plain('numbered columns (3 wide, down each column)', (w) => numberedColumns(w, 3, 22)),
  plain('numbered columns (2, down each column)', (w) => numberedColumns(w, 2, 30)),
  plain('wide column alignment', (w) => alignedRows(w, 4, 24)),
  plain('markdown table', (w) =>
    ['| # | word |', '|---|---|', ...w.map((x, i) => `| ${i + 1} | ${x} |`)].join('\n'),
  ),
  plain('double quotes', (w) => w.map((x) => `"${x}"`).join(', ')),
  plain('single quotes', (w) => w.map((x) => `'${x}'`).join(' ')),
  plain('JSON array', (w) => JSON.stringify(w)),
  plain('JSON array, pretty', (w) => JSON.stringify(w, null, 2)),
  plain('code block', (w) => `\`\`\`\n${w.join(' ')}\n\`\`\``),
  plain('quoted e-mail lines', (w) => alignedRows(w, 6, 1).replace(/^/gm, '> ')),
  plain('UPPERCASE', (w) => w.join(' ').toUpperCase()),
  plain('Capitalised', (w) => w.map(capitalise).join(' ')),
  plain('mixed case', (w, r) =>
    [...w.join(' ')].map((c) => (r() < 0.5 ? c.toUpperCase() : c)).join(''),
  ),
  plain('extra spaces', (w, r) => w.map((x) => x + ' '.repeat(1 + Math.floor(r() * 6))).join('')),
  plain('first four letters', (w) => w.map((x) => x.slice(0, 4)).join(' ')),
  plain('first four letters, uppercase, numbered', (w) =>
    numbered(
      w.map((x) => x.slice(0, 4).toUpperCase()),
      (n) => `${n}. `,
      '\n',
    ),
  ),
  plain('joined', (w) => w.join('')),
  plain('CamelCase', (w) => w.map(capitalise).join('')),
  plain('soft hyphens inside words', (w, r) => insideWords(w, '\u00ad', r).join(' ')),
  plain('zero-width spaces inside words', (w, r) => insideWords(w, '\u200b', r).join(' ')),
  plain('zero-width joiners between words', (w) => w.join('\u200d \u200d')),
  plain('fullwidth letters', (w) => fullwidth(w.join(' '))),
  plain('no-break and ideographic spaces', (w) => w.join('\u00a0\u3000')),
  plain(
    'inside a sentence',
    (w) =>
      `Hi, my wallet shows zero. Here are my words: ${w.join(' ')} — can you check them please?`,
  ),
  plain(
    'inside a numbered sentence',
    (w) => `My seed is ${numbered(w, (n) => `(${n}) `, ', ')}. Did I lose everything?`,
  ),
  { name: 'Spanish', language: 'spanish', write: (w) => w.join(' ') },
  {
    name: 'Spanish, no accents, numbered',
    language: 'spanish',
    write: (w) =>
      numbered(
        w.map((x) => x.normalize('NFD').replace(/\p{M}/gu, '')),
        (n) => `${n}. `,
        '\n',
      ),
  },
  {
    name: 'Spanish, composed accents, commas',
    language: 'spanish',
    write: (w) => w.map((x) => x.normalize('NFC')).join(', '),
  },
  { name: 'French', language: 'french', write: (w) => w.join(' ') },
  {
    name: 'French, composed accents, "Mot 1 :"',
    language: 'french',
    write: (w) =>
      numbered(
        w.map((x) => x.normalize('NFC')),
        (n) => `Mot ${n} : `,
        '\n',
      ),
  },
  {
    name: 'French, first four letters',
    language: 'french',
    write: (w) => w.map((x) => x.normalize('NFC').slice(0, 4)).join(' '),
  },
  { name: 'Italian', language: 'italian', write: (w) => w.join(' ') },
  { name: 'Portuguese', language: 'portuguese', write: (w) => w.join('\n') },
  { name: 'Czech', language: 'czech', write: (w) => w.join(', ') },
  { name: 'Japanese', language: 'japanese', write: (w) => w.join('\u3000') },
  { name: 'Korean', language: 'korean', write: (w) => w.join(' ') },
  { name: 'Chinese (simplified)', language: 'simplifiedChinese', write: (w) => w.join(' ') },
  {
    name: 'Chinese (simplified), numbered',
    language: 'simplifiedChinese',
    write: (w) => numbered(w, (n) => `${n}. `, '\n'),
  },
  {
    name: 'Electrum standard seed',
    language: 'english',
    electrum: ELECTRUM_PREFIXES.standard,
    lengths: [12],
    write: (w) => w.join(' '),
  },
  {
    name: 'Electrum segwit seed, numbered',
    language: 'english',
    electrum: ELECTRUM_PREFIXES.segwit,
    lengths: [12],
    write: (w) => numbered(w, (n) => `${n}. `, '\n'),
  },
  {
    name: 'Electrum 2FA seed, first four letters',
    language: 'english',
    electrum: ELECTRUM_PREFIXES['2fa'],
    lengths: [12],
    write: (w) => w.map((x) => x.slice(0, 4)).join(' '),
  },
]

/** The words of a seed for `format`, of `length` words (Electrum seeds are as long as they come). */
export const freshSeedFor = (format: SeedFormat, length: number): string[] =>
  format.electrum ? freshElectrumSeed(format.electrum) : freshMnemonic(format.language, length)

/** Splits words into `parts` messages, each as a person might send a piece. */
export const splitIntoMessages = (words: string[], parts: number, random: Random): string[] => {
  const size = Math.ceil(words.length / parts)
  const pieces: string[] = []
  for (let i = 0; i < words.length; i += size) {
    const piece = words.slice(i, i + size)
    const style = Math.floor(random() * 3)
    pieces.push(
      style === 0
        ? piece.join(' ')
        : style === 1
          ? `${piece.join(' ')}.`
          : piece.map((w, j) => `${i + j + 1}. ${w}`).join('\n'),
    )
  }
  return pieces
}
