import { finalizeEvent, generateSecretKey, verifyEvent } from 'nostr-tools/pure'
import { describe, expect, it } from 'vitest'
import { hasValidSignature } from './signature'

describe('hasValidSignature', () => {
  const event = finalizeEvent(
    { kind: 1, created_at: 1_700_000_000, tags: [], content: 'hello' },
    generateSecretKey(),
  )

  it('accepts a signed event and refuses one changed after signing', () => {
    expect(hasValidSignature(event)).toBe(true)
    expect(hasValidSignature({ ...event, content: 'hullo' })).toBe(false)
  })

  it('does not trust the verified mark nostr-tools leaves on a checked object', () => {
    expect(verifyEvent(event)).toBe(true)
    const altered = { ...event, content: 'pay me instead' }
    // the spread copied nostr-tools' mark: its own check now believes the altered copy
    expect(verifyEvent(altered)).toBe(true)
    expect(hasValidSignature(altered)).toBe(false)
  })

  it('refuses, without throwing, what is not an event', () => {
    expect(hasValidSignature({ ...event, sig: 'zz' })).toBe(false)
  })
})
