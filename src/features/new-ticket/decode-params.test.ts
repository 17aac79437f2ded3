import { describe, expect, it } from 'vitest'
import { naddrEncode, npubEncode, nprofileEncode } from 'nostr-tools/nip19'
import { decodeTicketNaddr, decodeTroubleshooter } from './decode-params'

const PUBKEY = '3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d'

describe('decodeTroubleshooter', () => {
  it('reads npub, nprofile, nostr: links and hex', () => {
    expect(decodeTroubleshooter(npubEncode(PUBKEY))).toBe(PUBKEY)
    expect(decodeTroubleshooter(`nostr:${npubEncode(PUBKEY)}`)).toBe(PUBKEY)
    expect(decodeTroubleshooter(nprofileEncode({ pubkey: PUBKEY, relays: [] }))).toBe(PUBKEY)
    expect(decodeTroubleshooter(PUBKEY)).toBe(PUBKEY)
  })

  it('ignores a missing or damaged value', () => {
    expect(decodeTroubleshooter(null)).toBeUndefined()
    expect(decodeTroubleshooter(npubEncode(PUBKEY).slice(0, -3))).toBeUndefined()
  })
})

describe('decodeTicketNaddr', () => {
  it('reads a ticket naddr as its address', () => {
    const naddr = naddrEncode({ kind: 32767, pubkey: PUBKEY, identifier: 'abc123', relays: [] })
    expect(decodeTicketNaddr(naddr)).toEqual({ kind: 32767, pubkey: PUBKEY, d: 'abc123' })
  })

  it('refuses an offer or card naddr', () => {
    const offer = naddrEncode({ kind: 32768, pubkey: PUBKEY, identifier: 'abc123' })
    expect(decodeTicketNaddr(offer)).toBeUndefined()
    expect(decodeTicketNaddr('naddr1garbage')).toBeUndefined()
  })
})
