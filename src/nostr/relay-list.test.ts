import { describe, expect, it } from 'vitest'
import { makeDmRelays, makeRelayList, readDmRelays, readRelayList } from './relay-list'
import { reasonOf, signed, valueOf } from '@tests/support/nostr-fixtures'

describe('NIP-65 relay list', () => {
  it('reads read/write markers and skips bad URLs', () => {
    const event = signed('bitcoiner', 10002, [
      ['r', 'wss://Both.example/'],
      ['r', 'wss://in.example', 'read'],
      ['r', 'wss://out.example', 'write'],
      ['r', 'https://not-a-relay.example'],
      ['r', 'wss://both.example'],
    ])
    expect(valueOf(readRelayList(event))).toEqual({
      read: ['wss://both.example', 'wss://in.example'],
      write: ['wss://both.example', 'wss://out.example'],
    })
  })
  it('builds one tag per relay', () => {
    expect(
      makeRelayList(
        {
          read: ['wss://a.example', 'wss://b.example/'],
          write: ['wss://a.example', 'wss://c.example'],
        },
        5,
      ),
    ).toEqual({
      kind: 10002,
      created_at: 5,
      content: '',
      tags: [
        ['r', 'wss://a.example'],
        ['r', 'wss://b.example', 'read'],
        ['r', 'wss://c.example', 'write'],
      ],
    })
  })
  it('rejects another kind', () => {
    expect(reasonOf(readRelayList(signed('bitcoiner', 10050, [])))).toMatch(/not a relay list/)
  })
})

describe('NIP-17 DM relays', () => {
  it('reads and builds kind 10050', () => {
    expect(
      valueOf(
        readDmRelays(
          signed('bitcoiner', 10050, [
            ['relay', 'wss://Dm.example/'],
            ['relay', 'ftp://x'],
            ['r', 'wss://ignored.example'],
          ]),
        ),
      ),
    ).toEqual(['wss://dm.example'])
    expect(makeDmRelays(['wss://dm.example', 'nope'], 7)).toEqual({
      kind: 10050,
      created_at: 7,
      content: '',
      tags: [['relay', 'wss://dm.example']],
    })
  })
})
