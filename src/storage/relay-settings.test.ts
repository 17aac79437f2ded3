import { describe, expect, it } from 'vitest'
import {
  appRelays,
  configuredRelays,
  DEFAULT_RELAYS,
  parseRelayList,
  readStoredRelays,
  RELAYS_STORAGE_KEY,
  writeStoredRelays,
} from './relay-settings'
import { memoryStorage } from './device-storage'

describe('parseRelayList', () => {
  it('reads a comma-separated list, trimmed, normalised, each relay once', () => {
    expect(
      parseRelayList(' wss://Relay.Example.com/ , ws://127.0.0.1:7777,wss://relay.example.com'),
    ).toEqual(['wss://relay.example.com', 'ws://127.0.0.1:7777'])
  })

  it('skips anything that is not a ws(s) URL', () => {
    expect(parseRelayList('https://relay.example.com,,nonsense,wss://nos.lol')).toEqual([
      'wss://nos.lol',
    ])
  })
})

describe('configuredRelays', () => {
  it('uses VITE_RELAYS when it names valid relays', () => {
    expect(configuredRelays('ws://127.0.0.1:7777')).toEqual(['ws://127.0.0.1:7777'])
  })

  it('falls back to the public defaults when it is empty or invalid', () => {
    expect(configuredRelays('')).toEqual([...DEFAULT_RELAYS])
    expect(configuredRelays('http://not-a-relay.example')).toEqual([...DEFAULT_RELAYS])
  })
})

describe("the person's relay list", () => {
  it('replaces the configured relays once saved', () => {
    const storage = memoryStorage()
    expect(appRelays(storage, 'wss://nos.lol')).toEqual(['wss://nos.lol'])
    writeStoredRelays(storage, ['wss://relay.example.com', 'wss://relay.example.com/'])
    expect(storage.getItem(RELAYS_STORAGE_KEY)).toBe('["wss://relay.example.com"]')
    expect(appRelays(storage, 'wss://nos.lol')).toEqual(['wss://relay.example.com'])
  })

  it('ignores a stored value that is not a list of relay URLs', () => {
    const storage = memoryStorage()
    storage.setItem(RELAYS_STORAGE_KEY, '{"wss://x": true}')
    expect(readStoredRelays(storage)).toBeUndefined()
    storage.setItem(RELAYS_STORAGE_KEY, 'not json')
    expect(appRelays(storage, 'wss://nos.lol')).toEqual(['wss://nos.lol'])
  })
})
