/** "How this is computed", in plain words, for each reputation figure. */
export const HOW = {
  troubleshooter: {
    verifiedReviews:
      'Reviews by Bitcoiners who accepted this person’s offer (or whose SatShoot order their card took). One per deal: the newest. Reviews by anyone else are listed apart and never count.',
    score:
      'Average of the verified reviews: problem solved counts 50 %, expertise 30 %, communication 20 % (the QTS weights SatShoot also uses). A review saying the problem was not solved scores 0.',
    positiveShare:
      'Share of the verified reviews in which the Bitcoiner said the problem was solved.',
    dealsWon:
      'Tickets that accepted this person’s offer, plus SatShoot orders their card took. Only deals both sides signed count.',
    resolved: 'Deals won that the Bitcoiner closed as resolved (SatShoot: order fulfilled).',
    failed: 'Deals won that the Bitcoiner closed as failed.',
    earnings:
      'Public zaps for their accepted offers and orders, sent by the Bitcoiner of that deal and signed by their lightning address server, for exactly the amount asked. Zaps to oneself, from anyone else, and Cashu nutzaps never count. Private payments are not public and not shown.',
  },
  bitcoiner: {
    verifiedReviews:
      'Reviews by troubleshooters whose offer this person accepted (or whose card took their SatShoot order). One per deal: the newest. Reviews by anyone else are listed apart and never count.',
    score:
      'Average of the verified reviews: thumb up counts 50 %, communication 50 %. A thumb down scores 0.',
    positiveShare: 'Share of the verified reviews with a thumb up.',
    deals:
      'Tickets where this person accepted an offer, plus SatShoot orders a card took. Only deals both sides signed count.',
    dealsPaidFor:
      'Of those deals, the ones with at least one public zap from this person that passes the receipt checks.',
    paymentsSent:
      'Public zaps this person sent for their deals, signed by the troubleshooter’s lightning address server, for exactly the amount asked. Private payments are not public and not shown.',
  },
} as const

/** Shown when a person has no verified history: what it means and what to check. */
export const NEWCOMER_NOTE =
  'No verified history yet: no deal, verified review or proven payment. A newcomer is not a scammer — everyone starts here. Read their profile and card, talk before you pay, start with a small amount, and never share seed words or keys.'
