import type { PersonReputation } from './reputation-person'

const percent = (share: number) => `${Math.round(share * 100)} %`

const reviewsText = (n: number) => `${n} verified review${n === 1 ? '' : 's'}`

/**
 * One line for a badge, in the role the person appears in: "92 % positive, 25 verified reviews",
 * "3 deals, no verified review yet", or "Newcomer" when there is no verified history.
 */
export const reputationSummary = (
  reputation: PersonReputation,
  role: 'troubleshooter' | 'bitcoiner',
): string => {
  if (reputation.newcomer) return 'Newcomer'
  const side = role === 'troubleshooter' ? reputation.asTroubleshooter : reputation.asBitcoiner
  const share = side.positiveShare.value
  const count = side.verifiedReviews.value
  if (share !== undefined) return `${percent(share)} positive, ${reviewsText(count)}`
  const deals =
    role === 'troubleshooter'
      ? reputation.asTroubleshooter.dealsWon.value
      : reputation.asBitcoiner.deals.value
  return `${deals} deal${deals === 1 ? '' : 's'}, no verified review yet`
}
