import { wordlist } from '@scure/bip39/wordlists/english.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportMeasure } from '@tests/support/measure-report'
import { freshNsec, freshWif } from '@tests/support/key-formats'
import { judgeOutgoing } from './secrets-guard'
import { whenWordlistsReady } from './wordlists'
import { guardWork } from './work-meter'

/**
 * The guard runs on every keystroke in the message box and the forms (deferred), so its work must
 * grow linearly with the text: measured in steps (characters, tokens, checksum tests, decodes)
 * on hostile 32 KB and 64 KB inputs, never in time.
 */

const repeatTo = (unit: (i: number) => string, size: number) => {
  let text = ''
  for (let i = 0; text.length < size; i++) text += unit(i)
  return text.slice(0, size)
}
const word = (i: number) => wordlist[(i * 7919) % 2048]!

const HOSTILE: Record<string, (size: number) => string> = {
  'wordlist words': (n) => repeatTo((i) => `${word(i)} `, n),
  'numbered wordlist words': (n) => repeatTo((i) => `${(i % 24) + 1}. ${word(i)}\n`, n),
  'four-letter beginnings': (n) => repeatTo((i) => `${word(i).slice(0, 4)} `, n),
  'CamelCase words': (n) => repeatTo((i) => word(i).charAt(0).toUpperCase() + word(i).slice(1), n),
  'joined words, 24 a run': (n) => repeatTo((i) => (i % 25 === 24 ? ' ' : word(i)), n),
  'one run of letters': (n) => 'a'.repeat(n),
  'list marks': (n) => repeatTo(() => '1. a) 2nd: ', n),
  'WIF-like groups': (n) => repeatTo(() => 'cccc ', n),
  'key beginnings': (n) => repeatTo((i) => (i % 2 ? 'xprv ' : 'nsec1 '), n),
  'keys in pieces': (n) =>
    repeatTo(() => `${freshWif(false, true).match(/.{4}/g)!.join(' ')} ${freshNsec()}\n`, n),
  'fullwidth and invisible': (n) => repeatTo((i) => `ａｂａｎｄｏｎ\u200b${word(i)}\u00ad `, n),
  digits: (n) => '7'.repeat(n),
  descriptors: (n) => repeatTo(() => 'wsh(multi(2,', n),
}

const stepsFor = (text: string, recent?: string[]) => {
  const before = guardWork.steps
  judgeOutgoing(text, { recent })
  return guardWork.steps - before
}

beforeAll(() => whenWordlistsReady())

describe('the guard’s work', () => {
  it('grows linearly with the text on hostile inputs (64 KB vs 32 KB)', () => {
    const rows = Object.entries(HOSTILE).map(([name, make]) => {
      const half = stepsFor(make(32_768))
      const full = stepsFor(make(65_536))
      return { name, ratio: full / half, perChar: full / 65_536 }
    })
    reportMeasure(
      'secrets guard: work on hostile 64 KB inputs',
      rows.map(
        (r) =>
          `${r.name}: ×${r.ratio.toFixed(2)} from 32 KB, ${r.perChar.toFixed(1)} steps a character`,
      ),
    )
    for (const row of rows) {
      expect(row.ratio, row.name).toBeLessThan(2.2)
      expect(row.perChar, row.name).toBeLessThan(200)
    }
  }, 60_000)

  it('reads the recent messages in bounded work, however long they are', () => {
    const text = HOSTILE['wordlist words']!(4_096)
    const alone = stepsFor(text)
    const withHuge = stepsFor(
      text,
      Array.from({ length: 50 }, () => HOSTILE['wordlist words']!(65_536)),
    )
    const withSmall = stepsFor(
      text,
      Array.from({ length: 5 }, () => HOSTILE['wordlist words']!(2_000)),
    )
    expect(withHuge - alone).toBeLessThanOrEqual((withSmall - alone) * 1.2)
  })
})
