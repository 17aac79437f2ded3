import type { DraftRules } from '@/storage/drafts'
import type { Offer } from '@/nostr/offer'
import type { PricingInput } from '@/nostr/pricing'
import { perHourToPerMinute } from '@/nostr/pricing'
import type { ReadResult } from '@/nostr/read-result'
import { accept, reject } from '@/nostr/read-result'

/** What the offer form holds, exactly as typed (so nothing is lost when sending fails). */
export type OfferDraft = { mode: 'fixed' | 'per-minute'; amount: string; coverLetter: string }

/** What the offer commands take. */
export type OfferFields = { pricing: PricingInput; coverLetter: string }

export const COVER_LETTER_MAX = 10_000

export const emptyDraft = (): OfferDraft => ({ mode: 'fixed', amount: '', coverLetter: '' })

/** The form prefilled from an offer being edited (time-based prices shown per minute). */
export const draftFromOffer = (offer: Offer): OfferDraft =>
  offer.pricing.kind === 'fixed'
    ? { mode: 'fixed', amount: String(offer.pricing.sats), coverLetter: offer.coverLetter }
    : {
        mode: 'per-minute',
        amount: String(Math.round(perHourToPerMinute(offer.pricing.satsPerHour) * 100) / 100),
        coverLetter: offer.coverLetter,
      }

/** Checks the form; the reason names what to fix, in plain words. */
export const readOfferDraft = (draft: OfferDraft): ReadResult<OfferFields> => {
  const amount = draft.amount.trim().replace(/[,_\s]/g, '')
  const coverLetter = draft.coverLetter.trim()
  if (draft.mode === 'fixed') {
    if (!/^\d+$/.test(amount) || Number(amount) < 1)
      return reject('Enter the price as a whole number of sats, 1 or more.')
    if (!Number.isSafeInteger(Number(amount))) return reject('That price is too large.')
  } else {
    if (!/^\d+(\.\d{1,2})?$/.test(amount) || Number(amount) <= 0)
      return reject('Enter the rate in sats per minute, for example 100 (up to two decimals).')
    if (Number(amount) * 60 > 21e14) return reject('That rate is too large.')
  }
  if (coverLetter === '')
    return reject('Write a short cover letter: how you would help, and what you need to know.')
  if ([...coverLetter].length > COVER_LETTER_MAX)
    return reject(`The cover letter is too long (at most ${COVER_LETTER_MAX} characters).`)
  const pricing: PricingInput =
    draft.mode === 'fixed'
      ? { kind: 'fixed', sats: Number(amount) }
      : { kind: 'per-minute', satsPerMinute: Number(amount) }
  return accept({ pricing, coverLetter })
}

/** What the draft keeper needs to know of the offer form. */
export const offerDraftRules: DraftRules<OfferDraft> = {
  text: (draft) => draft.coverLetter,
  isEmpty: (draft) => draft.amount.trim() === '' && draft.coverLetter.trim() === '',
}

/** A draft read back from this device, if it has the form's shape; anything odd is dropped. */
export const readKeptOfferDraft = (value: unknown): OfferDraft | undefined => {
  if (typeof value !== 'object' || value === null) return undefined
  const { mode, amount, coverLetter } = value as Record<string, unknown>
  if (mode !== 'fixed' && mode !== 'per-minute') return undefined
  if (typeof amount !== 'string' || typeof coverLetter !== 'string') return undefined
  return { mode, amount: amount.slice(0, 40), coverLetter: coverLetter.slice(0, COVER_LETTER_MAX) }
}
