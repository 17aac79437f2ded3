import { describe, expect, it } from 'vitest'
import type { WorkSummary } from '@/nostr/work-log'
import { paymentPresets, paymentPurpose } from './payment-presets'

const PER_MINUTE = { kind: 'per-hour' as const, satsPerHour: 9_000, legacyPerMinute: false }
const FIXED = { kind: 'fixed' as const, sats: 40_000 }

const summary = (change: Partial<WorkSummary>): WorkSummary => ({
  sessions: [],
  ignored: [],
  seconds: 0,
  minutes: 0,
  requested: { minutes: 0, msats: 0 },
  unrequestedMinutes: 0,
  ...change,
})

describe('payment presets', () => {
  it('a time-based offer proposes the logged minutes not yet requested, at the rate', () => {
    expect(
      paymentPresets(
        PER_MINUTE,
        summary({
          minutes: 17,
          requested: { minutes: 12, msats: 1_800_000 },
          unrequestedMinutes: 5,
          unrequestedSats: 750,
        }),
      ),
    ).toEqual([
      {
        kind: 'logged',
        sats: 750,
        minutes: 5,
        label: 'Logged time not yet requested: 5 min, 750 sats',
      },
    ])
  })

  it('says why there is nothing to ask for yet', () => {
    expect(paymentPresets(PER_MINUTE, summary({ unrequestedSats: 0 }))[0]?.empty).toBe(
      'No time logged yet.',
    )
    expect(
      paymentPresets(
        PER_MINUTE,
        summary({ minutes: 3, requested: { minutes: 3, msats: 450_000 }, unrequestedSats: 0 }),
      )[0]?.empty,
    ).toBe('Every logged minute was already requested.')
  })

  it('a fixed price proposes the price, then only the rest of it', () => {
    expect(paymentPresets(FIXED, summary({}))).toEqual([
      { kind: 'fixed', sats: 40_000, label: 'The fixed price: 40,000 sats' },
    ])
    expect(
      paymentPresets(FIXED, summary({ requested: { minutes: 0, msats: 10_000_000 } })),
    ).toEqual([
      {
        kind: 'fixed',
        sats: 30_000,
        label: 'The rest of the fixed price: 30,000 sats (10,000 sats already requested)',
      },
    ])
    expect(
      paymentPresets(FIXED, summary({ requested: { minutes: 0, msats: 40_000_000 } }))[0],
    ).toMatchObject({ sats: 0, empty: 'The fixed price was requested in full.' })
  })

  it('names the ticket, and the minutes when it bills logged time', () => {
    expect(paymentPurpose('Coldcard will not sign', 12)).toBe('Coldcard will not sign — 12 min')
    expect(paymentPurpose('Coldcard will not sign')).toBe('Coldcard will not sign')
  })
})
