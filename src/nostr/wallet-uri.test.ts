import { describe, expect, it } from 'vitest'
import { readWalletUri } from './wallet-uri'

const key = 'b889ff5b1513b641e2a139f661a661364979c5beee91842f8f0ef42ab558e9d4'
const secret = '71a8c14c1407c113601079c4302dab36460f0ccd0ad506f1f2dc73b5100e4f3c'
const open = { allowLoopback: false }

describe('readWalletUri', () => {
  it('reads the wallet key, its relays and lightning address, never returning the secret', () => {
    const read = readWalletUri(
      ` nostr+walletconnect://${key}?relay=wss%3A%2F%2Frelay.example.com&secret=${secret}&lud16=me%40example.com `,
      open,
    )
    expect(read).toEqual({
      ok: true,
      value: { walletPubkey: key, relays: ['wss://relay.example.com'], lud16: 'me@example.com' },
    })
    expect(JSON.stringify(read)).not.toContain(secret)
  })

  it('refuses what is not a complete connection, saying why', () => {
    const cases = [
      `https://${key}?relay=wss://r.example&secret=${secret}`,
      `nostr+walletconnect://nothex?relay=wss://r.example&secret=${secret}`,
      `nostr+walletconnect://${key}?secret=${secret}`,
      `nostr+walletconnect://${key}?relay=wss://r.example`,
      `nostr+walletconnect://${key}?relay=wss://r.example&secret=short`,
      `nostr+walletconnect://${key}?relay=wss://r.example&secret=${secret}&x=${'a'.repeat(3000)}`,
    ]
    for (const uri of cases) {
      const read = readWalletUri(uri, open)
      expect(read.ok, uri.slice(0, 60)).toBe(false)
      if (!read.ok) expect(read.reason.length).toBeGreaterThan(10)
    }
  })

  it('takes loopback and private relays only for a local demo, and at most three', () => {
    const local = `nostr+walletconnect://${key}?relay=ws://127.0.0.1:7777&relay=ws://192.168.1.1&secret=${secret}`
    expect(readWalletUri(local, open).ok).toBe(false)
    expect(readWalletUri(local, { allowLoopback: true })).toMatchObject({
      ok: true,
      value: { relays: ['ws://127.0.0.1:7777'] },
    })
    const many = Array.from({ length: 6 }, (_, n) => `relay=wss://r${n}.example`).join('&')
    const read = readWalletUri(`nostr+walletconnect://${key}?${many}&secret=${secret}`, open)
    expect(read.ok && read.value.relays).toHaveLength(3)
  })
})
