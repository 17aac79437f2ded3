import type { PersonReputation } from '@/nostr/reputation-person'
import { Skeleton } from '@/components/ui/skeleton'
import { NewcomerNote } from './newcomer-note'
import { ReputationFigure } from './reputation-figure'
import { countText, percentText, satsText, scoreText } from './reputation-format'
import { SectionHeading } from './section-heading'

type Props = { reputation: PersonReputation; mine: boolean }

const grid = 'mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3'

/**
 * The person's track record as troubleshooter and as Bitcoiner, computed on this device from what
 * can be verified; every figure says how. A person with no verified history gets the newcomer
 * note instead of a wall of zeros.
 */
export function PersonReputationSection({ reputation, mine }: Props) {
  const t = reputation.asTroubleshooter
  const b = reputation.asBitcoiner
  const asTroubleshooter =
    t.dealsWon.value > 0 || t.verifiedReviews.value > 0 || t.earningsSats.value > 0
  const asBitcoiner =
    b.deals.value > 0 || b.verifiedReviews.value > 0 || b.paymentsSentSats.value > 0
  return (
    <section aria-labelledby="reputation-heading" className="mt-8">
      <SectionHeading
        id="reputation-heading"
        aside="computed on this device from what it can verify"
      >
        Reputation
      </SectionHeading>
      {reputation.newcomer && (
        <div className="mt-2">
          <NewcomerNote note={reputation.newcomerNote ?? ''} mine={mine} />
        </div>
      )}
      {asTroubleshooter && (
        <section aria-labelledby="as-troubleshooter" className="mt-3">
          <h3 id="as-troubleshooter" className="font-semibold">
            As troubleshooter
          </h3>
          <dl className={grid}>
            <ReputationFigure
              label="Positive"
              value={percentText(t.positiveShare.value)}
              how={t.positiveShare.how}
            />
            <ReputationFigure
              label="Verified reviews"
              value={countText(t.verifiedReviews.value)}
              how={t.verifiedReviews.how}
            />
            <ReputationFigure
              label="QTS score"
              value={scoreText(t.score.value)}
              how={t.score.how}
            />
            <ReputationFigure
              label="Deals won"
              value={countText(t.dealsWon.value)}
              how={t.dealsWon.how}
            />
            <ReputationFigure
              label="Resolved · failed"
              value={`${countText(t.resolved.value)} · ${countText(t.failed.value)}`}
              how={`${t.resolved.how} ${t.failed.how}`}
            />
            <ReputationFigure
              label="Earnings"
              value={satsText(t.earningsSats.value)}
              how={t.earningsSats.how}
            />
          </dl>
        </section>
      )}
      {asBitcoiner && (
        <section aria-labelledby="as-bitcoiner" className="mt-4">
          <h3 id="as-bitcoiner" className="font-semibold">
            As Bitcoiner
          </h3>
          <dl className={grid}>
            <ReputationFigure
              label="Positive"
              value={percentText(b.positiveShare.value)}
              how={b.positiveShare.how}
            />
            <ReputationFigure
              label="Verified reviews"
              value={countText(b.verifiedReviews.value)}
              how={b.verifiedReviews.how}
            />
            <ReputationFigure
              label="Client score"
              value={scoreText(b.score.value)}
              how={b.score.how}
            />
            <ReputationFigure label="Deals" value={countText(b.deals.value)} how={b.deals.how} />
            <ReputationFigure
              label="Deals paid for"
              value={countText(b.dealsPaidFor.value)}
              how={b.dealsPaidFor.how}
            />
            <ReputationFigure
              label="Payments sent"
              value={satsText(b.paymentsSentSats.value)}
              how={b.paymentsSentSats.how}
            />
          </dl>
        </section>
      )}
      {!reputation.newcomer && !asTroubleshooter && !asBitcoiner && (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          Proven payments only, no deal or verified review yet.
        </p>
      )}
    </section>
  )
}

/** The reputation section while the relays are still asked for reviews, deals and receipts. */
export function ReputationLoading() {
  return (
    <section aria-labelledby="reputation-heading" className="mt-8">
      <SectionHeading id="reputation-heading">Reputation</SectionHeading>
      <div
        role="status"
        aria-label="Loading reviews and deals"
        className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3"
      >
        {[0, 1, 2].map((n) => (
          <Skeleton key={n} className="h-16" />
        ))}
      </div>
    </section>
  )
}
