import { expect, it } from 'vitest'
import { makeRelayAuth } from './relay-auth'

it('answers a NIP-42 challenge with kind 22242 naming the relay and the challenge', () => {
  expect(makeRelayAuth('wss://dm.example.com/', 'c-123', 1_760_000_000)).toEqual({
    kind: 22242,
    created_at: 1_760_000_000,
    tags: [
      ['relay', 'wss://dm.example.com/'],
      ['challenge', 'c-123'],
    ],
    content: '',
  })
})
