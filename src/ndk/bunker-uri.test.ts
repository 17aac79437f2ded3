import { describe, expect, it } from 'vitest'
import { readBunkerUri } from './bunker-uri'

const BUNKER = '007b0a9caf5c0254f6de9e6448835dcc0c68ae730f7fcab5ff17a05fa08aa34d'

describe('readBunkerUri', () => {
  it('reads the bunker pubkey, its relays and the one-time secret', () => {
    const uri = `bunker://${BUNKER}?relay=wss%3A%2F%2Frelay.nsec.app&relay=ws://127.0.0.1:7777&secret=s3cr3t`
    expect(readBunkerUri(`  ${uri} `)).toEqual({
      ok: true,
      value: {
        pubkey: BUNKER,
        relays: ['wss://relay.nsec.app', 'ws://127.0.0.1:7777'],
        secret: 's3cr3t',
      },
    })
  })

  it('accepts a URI without a secret', () => {
    expect(readBunkerUri(`bunker://${BUNKER}?relay=wss://relay.nsec.app`)).toEqual({
      ok: true,
      value: { pubkey: BUNKER, relays: ['wss://relay.nsec.app'], secret: null },
    })
  })

  it('explains what is wrong with nonsense', () => {
    expect(readBunkerUri('')).toEqual({
      ok: false,
      reason: 'Paste the bunker URI from your signer app first.',
    })
    const notBunker = readBunkerUri('nsec1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq')
    expect(notBunker.ok).toBe(false)
    expect(!notBunker.ok && notBunker.reason).toMatch(/^That is not a bunker URI/)
    expect(readBunkerUri('bunker://npub1xyz?relay=wss://relay.nsec.app').ok).toBe(false)
  })

  it('refuses a bunker URI with no usable relay', () => {
    const result = readBunkerUri(`bunker://${BUNKER}?relay=https://relay.nsec.app`)
    expect(result).toEqual({
      ok: false,
      reason: 'This bunker URI names no relay (relay=wss://…), so the app cannot reach the signer.',
    })
  })
})
