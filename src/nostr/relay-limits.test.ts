import { describe, expect, it } from 'vitest'
import { allowedRelayUrl, limitRelayUrls } from './relay-limits'

const OPEN = { allowLoopback: false }

describe('limitRelayUrls', () => {
  it('cuts a hostile list of 5,005 entries to eight public wss relays', () => {
    const hostile = [
      'ws://localhost',
      'ws://127.0.0.1',
      'ws://192.168.1.1',
      'ws://[::1]',
      'wss://localhost:7777',
      'wss://127.0.0.1',
      'wss://10.0.0.8',
      'wss://172.16.4.1',
      'wss://169.254.169.254',
      'wss://100.64.0.1',
      'wss://[fe80::1]',
      'wss://[fd00::1]',
      'wss://[::ffff:7f00:1]',
      'wss://printer.local',
      'wss://router',
      'wss://0.0.0.0',
      'ws://relay.example.com',
      'https://relay.example.com',
      ...Array.from({ length: 4986 }, (_, i) => `wss://relay${i}.example.com`),
      'wss://RELAY0.example.com/',
    ]
    expect(hostile).toHaveLength(5005)
    expect(limitRelayUrls(hostile, OPEN)).toEqual([
      'wss://relay0.example.com',
      'wss://relay1.example.com',
      'wss://relay2.example.com',
      'wss://relay3.example.com',
      'wss://relay4.example.com',
      'wss://relay5.example.com',
      'wss://relay6.example.com',
      'wss://relay7.example.com',
    ])
  })

  it('normalises and deduplicates', () => {
    expect(
      limitRelayUrls(['wss://Nos.lol/', 'wss://nos.lol', 'wss://nos.lol:443', 42, null], OPEN),
    ).toEqual(['wss://nos.lol'])
  })

  it('allows loopback relays (also plain ws) only when the app itself uses one', () => {
    expect(allowedRelayUrl('ws://127.0.0.1:7777', OPEN)).toBeUndefined()
    expect(allowedRelayUrl('ws://127.0.0.1:7777', { allowLoopback: true })).toBe(
      'ws://127.0.0.1:7777',
    )
    expect(allowedRelayUrl('ws://192.168.1.1', { allowLoopback: true })).toBeUndefined()
    expect(allowedRelayUrl('ws://relay.example.com', { allowLoopback: true })).toBeUndefined()
  })
})
