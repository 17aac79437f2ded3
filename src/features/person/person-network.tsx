import { ReputationFigure } from './reputation-figure'
import { countText } from './reputation-format'
import { SectionHeading } from './section-heading'
import type { PersonNetwork } from './use-person-network'

/** What the people the viewer follows say about this person; only for a signed-in viewer. */
export function PersonNetworkSection({ network }: { network: PersonNetwork }) {
  if (network.status === 'signed-out') return null
  return (
    <section aria-labelledby="network-heading" className="mt-8">
      <SectionHeading id="network-heading">Your network</SectionHeading>
      {network.status === 'loading' ? (
        <p role="status" className="mt-2 text-sm text-stone-500">
          Loading whom you follow…
        </p>
      ) : network.followCount === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          You follow nobody on your relays yet, so there is no network to ask about this person.
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
            {network.view.inNetwork
              ? 'In your network: you follow them, or someone you follow does.'
              : 'Not in your network: neither you nor anyone you follow follows them.'}
            {network.fetchedCount < network.followCount &&
              ` (Counted over the first ${countText(network.fetchedCount)} of the ${countText(network.followCount)} people you follow.)`}
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            <ReputationFigure
              label="Followed by"
              value={countText(network.view.followedBy.value)}
              how={network.view.followedBy.how}
            />
            <ReputationFigure
              label="Reviewed by"
              value={countText(network.view.reviewedBy.value)}
              how={network.view.reviewedBy.how}
            />
            <ReputationFigure
              label="Muted by"
              value={countText(network.view.mutedBy.value)}
              how={network.view.mutedBy.how}
            />
            <ReputationFigure
              label="Reported by"
              value={countText(network.view.reportedBy.value)}
              how={network.view.reportedBy.how}
            />
          </dl>
        </>
      )}
    </section>
  )
}
