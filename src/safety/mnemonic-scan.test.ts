import { validateMnemonic } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { describe, expect, it } from 'vitest'
import { findWordRuns, hasValidChecksum } from './mnemonic-scan'

describe('hasValidChecksum', () => {
  it('agrees with @scure/bip39 on 500 word sequences of every mnemonic length', () => {
    let seed = 12345
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 2048
    for (let i = 0; i < 500; i++) {
      const length = [12, 15, 18, 21, 24][i % 5]!
      const indices = Array.from({ length }, next)
      const phrase = indices.map((index) => wordlist[index]).join(' ')
      expect(hasValidChecksum(indices), phrase).toBe(validateMnemonic(phrase, wordlist))
    }
  })
})

describe('findWordRuns', () => {
  it('joins words across numbering and commas but not across sentences', () => {
    const runs = findWordRuns('1. zoo 2. zoo, zoo. zoo zoo zoo', 3)
    expect(runs.map((run) => [run.words.length, run.numbered])).toEqual([
      [3, true],
      [3, false],
    ])
  })

  it('counts everyday English words in a run', () => {
    const [run] = findWordRuns('again still nothing can you help', 6)
    expect(run?.everydayWords).toBe(5)
  })
})
