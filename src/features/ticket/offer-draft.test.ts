import { describe, expect, it } from 'vitest'
import { makeOffer, readOffer } from '@/nostr/offer'
import { toWirePrice } from '@/nostr/pricing'
import { finalizeEvent } from 'nostr-tools'
import { hexToBytes } from '@noble/hashes/utils.js'
import { draftFromOffer, readOfferDraft } from './offer-draft'

const SECRET = hexToBytes('0000000000000000000000000000000000000000000000000000000000000003')
const BITCOINER = '7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e'
const TROUBLESHOOTER = 'f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9'

describe('readOfferDraft', () => {
  it('reads a fixed price with thousands separators', () => {
    const read = readOfferDraft({ mode: 'fixed', amount: ' 21,000 ', coverLetter: 'I can help.' })
    expect(read).toEqual({
      ok: true,
      value: { pricing: { kind: 'fixed', sats: 21000 }, coverLetter: 'I can help.' },
    })
  })

  it('puts a per-minute rate on the wire per hour', () => {
    const read = readOfferDraft({ mode: 'per-minute', amount: '2.5', coverLetter: 'Call me' })
    if (!read.ok) throw new Error(read.reason)
    expect(toWirePrice(read.value.pricing)).toEqual({ pricing: 1, amount: 150 })
  })

  it('refuses empty, fractional or negative prices and an empty cover letter, in plain words', () => {
    const letter = 'Hi'
    expect(readOfferDraft({ mode: 'fixed', amount: '', coverLetter: letter })).toEqual({
      ok: false,
      reason: 'Enter the price as a whole number of sats, 1 or more.',
    })
    expect(readOfferDraft({ mode: 'fixed', amount: '10.5', coverLetter: letter }).ok).toBe(false)
    expect(readOfferDraft({ mode: 'per-minute', amount: '-3', coverLetter: letter }).ok).toBe(false)
    expect(readOfferDraft({ mode: 'fixed', amount: '100', coverLetter: '   ' })).toEqual({
      ok: false,
      reason: 'Write a short cover letter: how you would help, and what you need to know.',
    })
  })
})

describe('draftFromOffer', () => {
  it('shows a per-hour offer back as its per-minute rate, so an unchanged save keeps the price', () => {
    const template = makeOffer(
      {
        d: 'offer-1',
        ticket: { kind: 32767, pubkey: BITCOINER, d: 'c0ffee00c0ffee00' },
        pricing: { kind: 'per-hour', satsPerHour: 6000 },
        coverLetter: 'Per minute please',
        troubleshooter: TROUBLESHOOTER,
      },
      1_760_000_000,
    )
    const offer = readOffer(finalizeEvent(template, SECRET))
    if (!offer.ok) throw new Error(offer.reason)
    const draft = draftFromOffer(offer.value)
    expect(draft).toEqual({ mode: 'per-minute', amount: '100', coverLetter: 'Per minute please' })
    const again = readOfferDraft(draft)
    if (!again.ok) throw new Error(again.reason)
    expect(toWirePrice(again.value.pricing)).toEqual({ pricing: 1, amount: 6000 })
  })
})
