import { describe, expect, it } from 'vitest'
import type { LoggedMessage, LoggedOffer } from './work-log'
import {
  alreadyRequested,
  billableMinutes,
  countedEntries,
  durationWords,
  satsForMinutes,
  summarizeWork,
  workSessions,
} from './work-log'
import { BITCOINER, STRANGER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'

const OFFER_ADDRESS = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'of1' }
const OTHER_OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'of2' }
/** 150 sats per minute, as the UI says it; 9,000 per hour on the wire. */
const PER_MINUTE: LoggedOffer = {
  pubkey: TROUBLESHOOTER,
  address: OFFER_ADDRESS,
  pricing: { kind: 'per-hour', satsPerHour: 9_000, legacyPerMinute: false },
}
const FIXED: LoggedOffer = { ...PER_MINUTE, pricing: { kind: 'fixed', sats: 40_000 } }

const T = 1_760_000_000

const log = (
  id: string,
  action: 'start' | 'stop',
  at: number,
  sender = TROUBLESHOOTER,
  offer = OFFER_ADDRESS,
): LoggedMessage => ({ id, sender, workLog: { offer, action, at } })

const request = (id: string, msats: number, minutes?: number, sender = TROUBLESHOOTER) => ({
  id: `msg-${id}`,
  sender,
  paymentRequest: { id, offer: OFFER_ADDRESS, msats, ...(minutes ? { minutes } : {}) },
})

describe('work sessions', () => {
  it('pairs starts and stops by their own times, whatever order they arrived in', () => {
    const entries = countedEntries(
      [log('s2', 'start', T + 600), log('e1', 'stop', T + 90), log('s1', 'start', T)],
      PER_MINUTE,
    )
    expect(workSessions(entries)).toEqual({
      sessions: [
        { start: T, startId: 's1', stop: T + 90, stopId: 'e1' },
        { start: T + 600, startId: 's2' },
      ],
      ignored: [],
    })
  })

  it('ignores a second start while running and a stop with nothing running', () => {
    const entries = countedEntries(
      [
        log('e0', 'stop', T - 10),
        log('s1', 'start', T),
        log('s1b', 'start', T + 30),
        log('e1', 'stop', T + 60),
        log('e1b', 'stop', T + 70),
      ],
      PER_MINUTE,
    )
    expect(workSessions(entries)).toEqual({
      sessions: [{ start: T, startId: 's1', stop: T + 60, stopId: 'e1' }],
      ignored: ['e0', 's1b', 'e1b'],
    })
  })

  it('a stop and a start in the same second pause and resume, in either arrival order', () => {
    const messages = [log('s1', 'start', T), log('e1', 'stop', T + 60), log('s2', 'start', T + 60)]
    const forwards = workSessions(countedEntries(messages, PER_MINUTE))
    const backwards = workSessions(countedEntries([...messages].reverse(), PER_MINUTE))
    expect(forwards).toEqual(backwards)
    expect(forwards.sessions).toEqual([
      { start: T, startId: 's1', stop: T + 60, stopId: 'e1' },
      { start: T + 60, startId: 's2' },
    ])
  })

  it('counts only the offer’s troubleshooter, on this offer, each message once', () => {
    const messages = [
      log('by-bitcoiner', 'start', T, BITCOINER),
      log('by-stranger', 'start', T, STRANGER),
      log('other-offer', 'start', T, TROUBLESHOOTER, OTHER_OFFER),
      log('s1', 'start', T + 5),
      log('s1', 'start', T + 5),
      { id: 'chat', sender: TROUBLESHOOTER },
    ]
    expect(countedEntries(messages, PER_MINUTE)).toEqual([{ id: 's1', action: 'start', at: T + 5 }])
  })
})

describe('minutes and sats', () => {
  it('rounds the total up to whole minutes once: a started minute is billed, not one per session', () => {
    expect(billableMinutes(0)).toBe(0)
    expect(billableMinutes(1)).toBe(1)
    expect(billableMinutes(60)).toBe(1)
    expect(billableMinutes(61)).toBe(2)
    // three 5-second sessions are one started minute, not three
    const messages = [0, 100, 200].flatMap((offset, i) => [
      log(`s${i}`, 'start', T + offset),
      log(`e${i}`, 'stop', T + offset + 5),
    ])
    expect(summarizeWork(messages, PER_MINUTE, T + 300)).toMatchObject({
      seconds: 15,
      minutes: 1,
      sats: 150,
    })
  })

  it('a running session counts up to now, and nothing after now', () => {
    const messages = [
      log('s1', 'start', T),
      log('e1', 'stop', T + 120),
      log('s2', 'start', T + 200),
    ]
    expect(summarizeWork(messages, PER_MINUTE, T + 230)).toMatchObject({
      running: { start: T + 200, startId: 's2' },
      seconds: 150,
      minutes: 3,
      sats: 450,
    })
    // a start dated ahead of this device's clock adds nothing yet
    expect(summarizeWork([log('s1', 'start', T + 50)], PER_MINUTE, T)).toMatchObject({
      seconds: 0,
      minutes: 0,
    })
    // a stop dated ahead counts only up to now
    const ahead = [log('s1', 'start', T), log('e1', 'stop', T + 3600)]
    expect(summarizeWork(ahead, PER_MINUTE, T + 60)).toMatchObject({ seconds: 60, minutes: 1 })
  })

  it('prices minutes at the offer’s rate, to the nearest sat; a fixed price has no rate', () => {
    expect(satsForMinutes(PER_MINUTE.pricing, 12)).toBe(1_800)
    expect(satsForMinutes({ kind: 'per-hour', satsPerHour: 100, legacyPerMinute: false }, 1)).toBe(
      2,
    )
    expect(satsForMinutes({ kind: 'per-hour', satsPerHour: 100, legacyPerMinute: false }, 3)).toBe(
      5,
    )
    // an old offer that meant 20 sats per minute reads as 1,200 per hour
    expect(satsForMinutes({ kind: 'per-hour', satsPerHour: 1_200, legacyPerMinute: true }, 7)).toBe(
      140,
    )
    expect(satsForMinutes(FIXED.pricing, 12)).toBeUndefined()
  })
})

describe('already requested', () => {
  it('adds up the troubleshooter’s earlier requests on this offer, each once', () => {
    const messages = [
      request('r1', 1_800_000, 12),
      request('r1', 1_800_000, 12),
      request('r2', 5_000_000),
      request('r-forged', 9_000_000, 60, STRANGER),
    ]
    expect(alreadyRequested(messages, PER_MINUTE)).toEqual({ minutes: 12, msats: 6_800_000 })
  })

  it('the next request proposes only the minutes not yet requested', () => {
    const messages = [
      log('s1', 'start', T),
      log('e1', 'stop', T + 12 * 60),
      request('r1', 1_800_000, 12),
      log('s2', 'start', T + 3600),
      log('e2', 'stop', T + 3600 + 4 * 60 + 10),
    ]
    expect(summarizeWork(messages, PER_MINUTE, T + 7200)).toMatchObject({
      seconds: 16 * 60 + 10,
      minutes: 17,
      sats: 2_550,
      requested: { minutes: 12, msats: 1_800_000 },
      unrequestedMinutes: 5,
      unrequestedSats: 750,
    })
  })

  it('a fixed price has no sats per minute, and never proposes negative minutes', () => {
    const summary = summarizeWork([request('r1', 1_000_000, 30)], FIXED, T)
    expect(summary).toMatchObject({ minutes: 0, unrequestedMinutes: 0 })
    expect(summary.sats).toBeUndefined()
    expect(summary.unrequestedSats).toBeUndefined()
  })
})

describe('durations for people', () => {
  it.each([
    [0, '0 s'],
    [42, '42 s'],
    [60, '1 min'],
    [725, '12 min 5 s'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
  ])('%i s reads "%s"', (seconds, words) => expect(durationWords(seconds)).toBe(words))
})
