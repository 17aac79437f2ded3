import { describe, expect, it } from 'vitest'
import { checkCompose } from './compose-guard'

// BIP-39 reference vector (trezor/python-mnemonic vectors.json).
const LEGAL_12 = 'legal winner thank year wave sausage worth useful legal winner thank yellow'

describe('checkCompose', () => {
  it('lets an ordinary message through', () => {
    expect(checkCompose('Sparrow says the server is unreachable, what now?')).toEqual({
      kind: 'ok',
    })
  })

  it('blocks a valid recovery phrase with a plain explanation', () => {
    const verdict = checkCompose(`here are my words: ${LEGAL_12}`)
    expect(verdict.kind).toBe('blocked')
    expect(verdict).toHaveProperty('message', expect.stringContaining('cannot be sent'))
  })

  it('warns on wordlist words that only look like a phrase', () => {
    const nearMiss = 'legal winner thank year wave sausage worth useful legal winner thank year'
    expect(checkCompose(nearMiss).kind).toBe('warn')
  })

  it('refuses more than 65,535 bytes and says how much it is', () => {
    const verdict = checkCompose('€'.repeat(21_846)) // 3 bytes each: 65,538 bytes
    expect(verdict).toEqual({
      kind: 'too-long',
      message:
        'This message is too long to send: 65,538 bytes, the limit is 65,535. Split it into several messages.',
    })
    expect(checkCompose('a'.repeat(65_535)).kind).toBe('ok')
  })

  it('treats whitespace as nothing to send', () => {
    expect(checkCompose('  \n ')).toEqual({ kind: 'empty' })
  })
})
