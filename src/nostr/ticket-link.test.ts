import { naddrEncode, npubEncode } from 'nostr-tools/nip19'
import { describe, expect, it } from 'vitest'
import { decodeTicketAddress } from './ticket-link'

const author = '7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e'

describe('decodeTicketAddress', () => {
  it('reads the author and d of a ticket naddr, with or without nostr:', () => {
    const naddr = naddrEncode({ kind: 32767, pubkey: author, identifier: 'c0ffee00c0ffee00' })
    expect(decodeTicketAddress(naddr)).toEqual({
      ok: true,
      value: { pubkey: author, d: 'c0ffee00c0ffee00', relays: [] },
    })
    expect(decodeTicketAddress(`nostr:${naddr}`).ok).toBe(true)
  })

  it('refuses an offer address, an npub, a cut-off naddr and nothing at all', () => {
    const offer = naddrEncode({ kind: 32768, pubkey: author, identifier: 'x' })
    const ticket = naddrEncode({ kind: 32767, pubkey: author, identifier: 'x' })
    for (const bad of [offer, npubEncode(author), ticket.slice(0, -6), 'hello', undefined]) {
      const read = decodeTicketAddress(bad)
      expect(read.ok).toBe(false)
    }
    expect(decodeTicketAddress(offer)).toEqual({
      ok: false,
      reason: 'This address points at something else (kind 32768), not a ticket.',
    })
  })
})
