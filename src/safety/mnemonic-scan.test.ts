import { validateMnemonic } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { describe, expect, it } from 'vitest'
import { hasValidChecksum } from './mnemonic-scan'
import { seedTokens } from './seed-tokens'

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

describe('seedTokens', () => {
  const shape = (text: string) =>
    seedTokens(text).map((t) =>
      t.kind === 'mark'
        ? `#${t.number}`
        : t.kind === 'word'
          ? `${t.breakBefore ? '. ' : ''}${t.folded}`
          : '?',
    )

  it('reads list marks: numbers, letters, ordinals; not their punctuation as sentence ends', () => {
    expect(shape('1. zoo 2) zoo\n3rd: zoo (d) zoo e. zoo')).toEqual([
      '#1',
      'zoo',
      '#2',
      'zoo',
      '#3',
      'zoo',
      '#4',
      'zoo',
      '#5',
      'zoo',
    ])
  })

  it('marks sentence ends and blank lines between words, and folds case and accents', () => {
    expect(shape('Zoo. ÁBACO; zoo\n\nzoo 2024')).toEqual(['zoo', '. abaco', '. zoo', '. zoo', '?'])
  })

  it('splits CamelCase and flags a label before a number', () => {
    const [camel, label] = seedTokens('AbandonAbility Word 1')
    expect(camel?.parts?.map((p) => p.folded)).toEqual(['abandon', 'ability'])
    expect(label).toMatchObject({ folded: 'word', beforeMark: true })
  })
})
