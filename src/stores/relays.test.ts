import { beforeEach, describe, expect, it } from 'vitest'
import { deviceStorage } from '@/storage/device-storage'
import { configuredRelays } from '@/storage/relay-settings'
import { ownDataRelayUrls, readRelayUrls, useRelays, writeRelayUrls } from './relays'

const urls = () => useRelays.getState().relays.map((relay) => [relay.url, relay.source])

describe('useRelays', () => {
  beforeEach(() => {
    useRelays.getState().resetRelays()
    useRelays.getState().setUserRelayList(undefined)
  })

  it('starts from the configured relays', () => {
    expect(useRelays.getState().relays.map((relay) => relay.url)).toEqual(configuredRelays())
    expect(useRelays.getState().customised).toBe(false)
  })

  it('adds a valid relay, normalised, and saves the list on this device', () => {
    expect(useRelays.getState().addRelay(' WSS://Relay.Example.com/ ')).toEqual({ ok: true })
    const saved = JSON.parse(deviceStorage().getItem('bt:relays') ?? '[]') as string[]
    expect(saved).toEqual([...configuredRelays(), 'wss://relay.example.com'])
    expect(urls().at(-1)).toEqual(['wss://relay.example.com', 'user'])
  })

  it('explains why an address is refused', () => {
    expect(useRelays.getState().addRelay('https://relay.example.com')).toEqual({
      ok: false,
      reason: 'A relay address starts with wss:// (or ws://), like wss://nos.lol',
    })
    const first = configuredRelays()[0] ?? ''
    expect(useRelays.getState().addRelay(first)).toEqual({
      ok: false,
      reason: `${first} is already in your list.`,
    })
    expect(deviceStorage().getItem('bt:relays')).toBeNull()
  })

  it('removes relays but keeps the last one, and resets to the defaults', () => {
    const [first, ...rest] = configuredRelays()
    for (const url of rest) expect(useRelays.getState().removeRelay(url)).toEqual({ ok: true })
    expect(JSON.parse(deviceStorage().getItem('bt:relays') ?? '[]')).toEqual([first])
    expect(useRelays.getState().removeRelay(first ?? '')).toEqual({
      ok: false,
      reason: 'Keep at least one relay.',
    })
    useRelays.getState().resetRelays()
    expect(deviceStorage().getItem('bt:relays')).toBeNull()
    expect(useRelays.getState().relays.map((relay) => relay.url)).toEqual(configuredRelays())
  })

  it("honours the signed-in person's NIP-65 list: write relays for publishing, all for their own data", () => {
    useRelays.getState().setUserRelayList({
      read: ['wss://inbox.example.com'],
      write: ['wss://outbox.example.com/', 'wss://both.example.com'],
    })
    useRelays.getState().setUserRelayList({
      read: ['wss://inbox.example.com', 'wss://both.example.com'],
      write: ['wss://outbox.example.com/', 'wss://both.example.com'],
    })
    const state = useRelays.getState()
    expect(readRelayUrls(state)).toEqual(configuredRelays())
    expect(writeRelayUrls(state).sort()).toEqual(
      [...configuredRelays(), 'wss://outbox.example.com', 'wss://both.example.com'].sort(),
    )
    expect(ownDataRelayUrls(state).sort()).toEqual(
      [
        ...configuredRelays(),
        'wss://inbox.example.com',
        'wss://both.example.com',
        'wss://outbox.example.com',
      ].sort(),
    )
    const both = state.relays.find((relay) => relay.url === 'wss://both.example.com')
    expect(both).toMatchObject({ source: 'nip65', read: true, write: true })
  })

  it('records live status per relay', () => {
    const first = configuredRelays()[0] ?? ''
    useRelays.getState().setRelayStatus(first, 'connected')
    expect(useRelays.getState().relays[0]?.status).toBe('connected')
  })
})
