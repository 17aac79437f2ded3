import { naddrEncode, nprofileEncode, npubEncode } from 'nostr-tools/nip19'
import { describe, expect, it } from 'vitest'
import { decodePerson } from './person-link'

const pubkey = '7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e'

describe('decodePerson', () => {
  it('reads an npub, an nprofile, a nostr: URI and plain hex', () => {
    const npub = npubEncode(pubkey)
    expect(decodePerson(npub)).toEqual({ ok: true, value: pubkey })
    expect(decodePerson(`nostr:${npub}`)).toEqual({ ok: true, value: pubkey })
    expect(decodePerson(nprofileEncode({ pubkey, relays: [] }))).toEqual({
      ok: true,
      value: pubkey,
    })
    expect(decodePerson(pubkey)).toEqual({ ok: true, value: pubkey })
  })

  it('refuses a damaged npub, a ticket address and junk with a readable reason', () => {
    expect(decodePerson(npubEncode(pubkey).slice(0, -3))).toEqual({
      ok: false,
      reason: 'This public key is damaged: it may have been cut off or mistyped.',
    })
    expect(decodePerson(naddrEncode({ kind: 32767, pubkey, identifier: 'x' })).ok).toBe(false)
    expect(decodePerson('satoshi').ok).toBe(false)
  })
})
