import { describe, expect, it } from 'vitest'
import { legacyCounterpart, readLegacyMessage } from './chat-legacy'
import { BITCOINER, TROUBLESHOOTER, reasonOf, signed, valueOf } from '@tests/support/nostr-fixtures'

const TICKET_A = `32767:${BITCOINER}:wallet-wont-sync`

describe('legacy NIP-04 messages (SatShoot)', () => {
  // SatShoot writes a unix timestamp in the a tag's relay slot.
  const event = signed(
    'troubleshooter',
    4,
    [
      ['p', BITCOINER],
      ['a', TICKET_A, '1759999000'],
    ],
    'ciphertext?iv=abc',
  )

  it('threads a kind 4 by its ticket tag and marks it legacy', () => {
    expect(legacyCounterpart(event, BITCOINER)).toBe(TROUBLESHOOTER)
    expect(legacyCounterpart(event, TROUBLESHOOTER)).toBe(BITCOINER)
    expect(valueOf(readLegacyMessage(event, 'I can help with that'))).toEqual({
      id: event.id,
      sender: TROUBLESHOOTER,
      recipient: BITCOINER,
      text: 'I can help with that',
      at: 1760000000,
      ticket: { kind: 32767, pubkey: BITCOINER, d: 'wallet-wont-sync' },
      legacy: true,
    })
  })

  it('refuses over-limit text and other kinds', () => {
    expect(reasonOf(readLegacyMessage(event, 'x'.repeat(65_536)))).toBe(
      'the message is longer than 65535 bytes',
    )
    expect(reasonOf(readLegacyMessage({ ...event, kind: 1 }, 'hi'))).toBe('it is kind 1, not 4')
  })
})
