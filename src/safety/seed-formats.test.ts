import { validateMnemonic } from '@scure/bip39'
import { beforeAll, describe, expect, it } from 'vitest'
import { KEY_KINDS, KEY_LAYOUTS } from '@tests/support/key-formats'
import { percent, reportMeasure } from '@tests/support/measure-report'
import {
  electrumVersionOf,
  freshMnemonic,
  freshSeedFor,
  MNEMONIC_LENGTHS,
  SEED_FORMATS,
  seededRandom,
  splitIntoMessages,
  WORDLISTS,
} from '@tests/support/seed-formats'
import { judgeOutgoing } from './secrets-guard'
import { whenWordlistsReady } from './wordlists'

/** Fresh seeds per format: each run draws new ones, so a pass is not luck with one sample. */
const PER_FORMAT = 100
const blocks = (text: string, recent?: string[]) =>
  judgeOutgoing(text, { recent }).verdict === 'block'

beforeAll(() => whenWordlistsReady())

describe('the samples are what they claim to be', () => {
  it('makes valid mnemonics in every wordlist and Electrum seeds of the asked version', () => {
    for (const [language, wordlist] of Object.entries(WORDLISTS)) {
      const words = freshMnemonic(language as keyof typeof WORDLISTS, 12)
      const separator = language === 'japanese' ? '\u3000' : ' '
      expect(validateMnemonic(words.join(separator), wordlist), language).toBe(true)
    }
    for (const format of SEED_FORMATS.filter((f) => f.electrum)) {
      expect(electrumVersionOf(freshSeedFor(format, 12))).toBe(format.electrum)
    }
  })
})

describe('recovery phrases in every format people write them', () => {
  it(`blocks at least 99 % of ${PER_FORMAT} fresh seeds in each format`, () => {
    const random = seededRandom(2024)
    const results = SEED_FORMATS.map((format) => {
      const lengths = format.lengths ?? MNEMONIC_LENGTHS
      let blocked = 0
      let missed: string | undefined
      for (let i = 0; i < PER_FORMAT; i++) {
        const text = format.write(freshSeedFor(format, lengths[i % lengths.length]!), random)
        if (blocks(text)) blocked++
        else missed ??= text
      }
      return { name: format.name, blocked, missed }
    })
    const total = results.reduce((sum, r) => sum + r.blocked, 0)
    reportMeasure(
      `secrets guard: ${results.length} formats × ${PER_FORMAT} fresh seeds, ${percent(total, results.length * PER_FORMAT)} blocked, lowest ${percent(Math.min(...results.map((r) => r.blocked)), PER_FORMAT)}`,
      results.map((r) => `${percent(r.blocked, PER_FORMAT).padStart(7)}  ${r.name}`),
    )
    expect(
      results.filter((r) => r.blocked < 0.99 * PER_FORMAT).map((r) => [r.name, r.missed]),
    ).toEqual([])
  }, 60_000)
})

describe('a seed split across messages', () => {
  it.each([2, 3])('blocks the message that completes a seed sent in %i parts', (parts) => {
    const random = seededRandom(parts)
    let blocked = 0
    for (let i = 0; i < PER_FORMAT; i++) {
      const words = freshMnemonic('english', MNEMONIC_LENGTHS[i % 5]!)
      const pieces = splitIntoMessages(words, parts, random)
      const earlier = ['Hi! Thanks for taking the ticket.', ...pieces.slice(0, -1)]
      if (blocks(pieces.at(-1)!, earlier)) blocked++
    }
    reportMeasure(`secrets guard: seeds split in ${parts} messages`, [
      `${percent(blocked, PER_FORMAT)} of ${PER_FORMAT} blocked at the last part`,
    ])
    expect(blocked).toBeGreaterThanOrEqual(0.99 * PER_FORMAT)
  })

  it('highlights only the part in the message being written, and says why', () => {
    const words = freshMnemonic('english', 12)
    const last = `and the rest: ${words.slice(8).join(' ')}`
    const result = judgeOutgoing(last, {
      recent: [words.slice(0, 4).join(' '), words.slice(4, 8).join(' ')],
    })
    expect(result.verdict).toBe('block')
    if (result.verdict !== 'block') return
    const [finding] = result.findings
    expect(last.slice(finding!.start, finding!.end)).toBe(words.slice(8).join(' '))
    expect(finding!.message).toContain('earlier messages')
  })

  it('does not block an ordinary reply after a seed that was already sent', () => {
    // its first words may continue the seed's last eleven into a valid phrase (about 1 in 8):
    // a phrase the earlier messages hold whole is not completed by what follows it
    const replies = Array.from({ length: 200 }, () => freshMnemonic('english', 12).join(' '))
    const blocked = replies.filter((seed) => blocks('Thanks, I will wait for your answer.', [seed]))
    expect(blocked).toEqual([])
  })

  it('does not block four words that complete nothing', () => {
    const words = freshMnemonic('english', 12)
    expect(blocks(words.slice(8).join(' '), ['Can you help me with Sparrow?'])).toBe(false)
  })
})

describe('private keys however they are pasted', () => {
  it('blocks every kind of key in every layout (20 fresh keys each)', () => {
    const random = seededRandom(7)
    const missed = new Map<string, string>()
    let [tried, blocked] = [0, 0]
    for (const [kind, fresh] of Object.entries(KEY_KINDS)) {
      for (const [layout, write] of Object.entries(KEY_LAYOUTS)) {
        for (let i = 0; i < 20; i++) {
          tried++
          const text = write(fresh(), random)
          if (blocks(text)) blocked++
          else missed.set(`${kind}, ${layout}`, text)
        }
      }
    }
    reportMeasure('secrets guard: private keys', [
      `${Object.keys(KEY_KINDS).length} kinds × ${Object.keys(KEY_LAYOUTS).length} layouts × 20 fresh keys: ${percent(blocked, tried)} blocked`,
    ])
    expect([...missed]).toEqual([])
  })
})
