import { describe, expect, it } from 'vitest'
import { percent, reportMeasure } from '@tests/support/measure-report'
import { HONEST_MESSAGES, SCAM_MESSAGES } from '@tests/support/scam-messages'
import { supportProse } from '@tests/support/support-prose'
import { detectScamAsk } from './scam-warning'

const warns = (text: string) => detectScamAsk(text).length > 0

describe('scam warnings on a labelled set of messages', () => {
  it('warns on scams (recall ≥ 0.8) and rarely on honest help (precision ≥ 0.95)', () => {
    const caught = SCAM_MESSAGES.filter((m) => warns(m.text))
    const missed = SCAM_MESSAGES.filter((m) => !warns(m.text))
    const falseAlarms = HONEST_MESSAGES.filter(warns)
    const precision = caught.length / (caught.length + falseAlarms.length)
    const recall = caught.length / SCAM_MESSAGES.length
    const kinds = [...new Set(SCAM_MESSAGES.map((m) => m.kind))]
    reportMeasure('scam warnings: labelled messages', [
      `${SCAM_MESSAGES.length} scam, ${HONEST_MESSAGES.length} honest: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
      ...kinds.map((kind) => {
        const all = SCAM_MESSAGES.filter((m) => m.kind === kind)
        const named = all.filter((m) => detectScamAsk(m.text).some((ask) => ask.kind === kind))
        return `${kind}: ${percent(named.length, all.length)} named as such`
      }),
      ...missed.map((m) => `missed (${m.kind}): ${m.text}`),
      ...falseAlarms.map((text) => `false alarm: ${text}`),
    ])
    expect(SCAM_MESSAGES.length).toBeGreaterThanOrEqual(100)
    expect(HONEST_MESSAGES.length).toBeGreaterThanOrEqual(100)
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.8)
  })

  it('rarely fires on the support prose corpus read as incoming messages (≤ 1 %)', () => {
    const paragraphs = supportProse()
    const alarms = paragraphs.filter(warns)
    reportMeasure('scam warnings: support prose corpus as incoming messages', [
      `${alarms.length} of ${paragraphs.length} paragraphs warned (${percent(alarms.length, paragraphs.length)})`,
      ...alarms.map((text) => `warned: ${text.slice(0, 100)}…`),
    ])
    expect(alarms.length).toBeLessThanOrEqual(paragraphs.length / 100)
  })
})
