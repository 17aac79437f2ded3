import { beforeAll, describe, expect, it } from 'vitest'
import { percent, reportMeasure } from '@tests/support/measure-report'
import { supportProse } from '@tests/support/support-prose'
import { judgeOutgoing } from './secrets-guard'
import { whenWordlistsReady } from './wordlists'

beforeAll(() => whenWordlistsReady())

describe('ordinary support texts', () => {
  it('are never blocked (three fillings of every placeholder)', () => {
    const paragraphs = [1, 2, 3].flatMap((seed) => supportProse(seed))
    const verdicts = paragraphs.map((text) => ({ text, verdict: judgeOutgoing(text) }))
    const blocked = verdicts.filter((v) => v.verdict.verdict === 'block')
    const warned = verdicts.filter((v) => v.verdict.verdict === 'warn')
    reportMeasure('secrets guard: support prose corpus', [
      `${supportProse().length} paragraphs × 3 fillings: ${blocked.length} blocked, ${warned.length} warned (${percent(warned.length, verdicts.length)})`,
      ...warned.map((v) => `warned: ${v.text.slice(0, 90).replace(/\n/g, ' ')}…`),
    ])
    expect(supportProse().length).toBeGreaterThanOrEqual(500)
    expect(blocked.map((v) => v.text)).toEqual([])
  })

  it('are not blocked when read together with the sender’s previous paragraphs', () => {
    const paragraphs = supportProse(4)
    const blocked = paragraphs.filter(
      (text, i) =>
        judgeOutgoing(text, { recent: paragraphs.slice(Math.max(0, i - 4), i) }).verdict ===
        'block',
    )
    expect(blocked).toEqual([])
  })
})
