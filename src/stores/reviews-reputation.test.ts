import { describe, expect, it } from 'vitest'
import { makeOffer, readOffer } from '@/nostr/offer'
import { makeBitcoinerReview, makeTroubleshooterReview } from '@/nostr/review'
import { makeTicket, readTicket } from '@/nostr/ticket'
import { transitionTicket } from '@/nostr/ticket-state'
import { BITCOINER, TROUBLESHOOTER, sign, valueOf } from '@tests/support/nostr-fixtures'
import { emptyMarketplace } from './marketplace'
import { emptyReviews, useReviews } from './reviews'
import type { ReputationSources } from './reviews-reputation'
import { reputationFromStores } from './reviews-reputation'

const NOW = 1760001000
const ticketD = 'c3'.repeat(8)
const offerD = 'd4'.repeat(8)
const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: offerD }
const opened = sign(
  'bitcoiner',
  makeTicket({ d: ticketD, title: 'Lost passphrase', description: '', topics: [] }, NOW - 900),
)
const offer = sign(
  'troubleshooter',
  makeOffer(
    {
      d: offerD,
      ticket: { kind: 32767, pubkey: BITCOINER, d: ticketD },
      pricing: { kind: 'fixed', sats: 5000 },
      coverLetter: '',
      troubleshooter: TROUBLESHOOTER,
    },
    NOW - 800,
  ),
)
const accepted = sign(
  'bitcoiner',
  valueOf(transitionTicket(opened, 'in-progress', NOW - 750, OFFER)),
)
const failed = sign('bitcoiner', valueOf(transitionTicket(accepted, 'failed', NOW - 700)))
const ticket = valueOf(readTicket(failed))

const market = () => ({
  ...emptyMarketplace(),
  tickets: { [`32767:${BITCOINER}:${ticketD}`]: ticket },
  offers: { [`32768:${TROUBLESHOOTER}:${offerD}`]: valueOf(readOffer(offer)) },
})

const ofTroubleshooter = sign(
  'bitcoiner',
  makeTroubleshooterReview(
    {
      offer: OFFER,
      troubleshooter: TROUBLESHOOTER,
      ratings: { success: false, expertise: false, communication: false },
      text: 'Did not work out.',
    },
    NOW - 600,
  ),
)
const ofBitcoiner = sign(
  'troubleshooter',
  makeBitcoinerReview(
    {
      ticket: ticket.address,
      bitcoiner: BITCOINER,
      ratings: { thumb: true, communication: true },
      text: '',
    },
    NOW - 500,
  ),
)

const sourcesWith = (reviews: ReturnType<typeof emptyReviews>): ReputationSources => ({
  market: market(),
  reviews,
})

describe('reputationFromStores', () => {
  it('computes each person’s figures from the stores’ events (a failed deal still counts)', () => {
    useReviews.setState(emptyReviews())
    useReviews.getState().addReviews([
      { person: TROUBLESHOOTER, event: ofTroubleshooter },
      { person: BITCOINER, event: ofBitcoiner },
    ])
    const sources = sourcesWith(useReviews.getState())
    const troubleshooter = reputationFromStores(TROUBLESHOOTER, sources, NOW, 'bcrt')
    expect(troubleshooter.asTroubleshooter.dealsWon.value).toBe(1)
    expect(troubleshooter.asTroubleshooter.failed.value).toBe(1)
    expect(troubleshooter.asTroubleshooter.score.value).toBe(0)
    expect(troubleshooter.asTroubleshooter.positiveShare.value).toBe(0)
    const bitcoiner = reputationFromStores(BITCOINER, sources, NOW, 'bcrt')
    expect(bitcoiner.asBitcoiner.score.value).toBe(1)
    expect(bitcoiner.asBitcoiner.verifiedReviews.value).toBe(1)
  })

  it('computes once for unchanged inputs, however many components ask', () => {
    useReviews.setState(emptyReviews())
    useReviews.getState().addReviews([{ person: TROUBLESHOOTER, event: ofTroubleshooter }])
    const sources = sourcesWith(useReviews.getState())
    const first = reputationFromStores(TROUBLESHOOTER, sources, NOW, 'bcrt')
    expect(reputationFromStores(TROUBLESHOOTER, sources, NOW, 'bcrt')).toBe(first)
    // a review of someone else changes nothing for this person
    useReviews.getState().addReviews([{ person: BITCOINER, event: ofBitcoiner }])
    const after = { ...sources, reviews: useReviews.getState() }
    expect(reputationFromStores(TROUBLESHOOTER, after, NOW, 'bcrt')).toBe(first)
  })

  it('keeps one copy of each review, however often relays send it', () => {
    useReviews.setState(emptyReviews())
    const before = useReviews.getState().reviews
    useReviews.getState().addReviews([{ person: TROUBLESHOOTER, event: ofTroubleshooter }])
    const once = useReviews.getState().reviews
    expect(once).not.toBe(before)
    useReviews.getState().addReviews([{ person: TROUBLESHOOTER, event: ofTroubleshooter }])
    expect(useReviews.getState().reviews).toBe(once)
    expect(Object.keys(once[TROUBLESHOOTER] ?? {})).toEqual([ofTroubleshooter.id])
  })
})
