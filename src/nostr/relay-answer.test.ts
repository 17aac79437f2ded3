import { describe, expect, it } from 'vitest'
import { judgeRelayAnswer } from './relay-answer'

describe('judgeRelayAnswer', () => {
  it('counts OK true and duplicates as stored', () => {
    expect(judgeRelayAnswer(true)).toBe('accepted')
    expect(judgeRelayAnswer(false, 'duplicate: already have this event')).toBe('accepted')
  })
  it('gives up for good on invalid, blocked, restricted, pow and unprefixed refusals', () => {
    expect(judgeRelayAnswer(false, 'invalid: event creation date is too far off')).toBe('refused')
    expect(judgeRelayAnswer(false, 'blocked: you are banned')).toBe('refused')
    expect(judgeRelayAnswer(false, 'restricted: not a member')).toBe('refused')
    expect(judgeRelayAnswer(false, 'pow: difficulty 30 needed')).toBe('refused')
    expect(judgeRelayAnswer(false, 'we do not store kind 32767')).toBe('refused')
  })
  it('tries again after no answer, rate limits, errors and AUTH', () => {
    expect(judgeRelayAnswer(false, '')).toBe('retry')
    expect(judgeRelayAnswer(false, 'Timeout')).toBe('retry')
    expect(judgeRelayAnswer(false, 'rate-limited: slow down')).toBe('retry')
    expect(judgeRelayAnswer(false, 'auth-required: sign in first')).toBe('retry')
    expect(judgeRelayAnswer(false, 'error: could not save')).toBe('retry')
    expect(judgeRelayAnswer(false, 'Relay not connected')).toBe('retry')
  })
})
