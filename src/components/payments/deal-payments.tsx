import { Link } from '@/components/router'
import { displayName } from '@/components/ui/display-name'
import { formatSats } from '@/components/ui/format-sats'
import { formatDate } from '@/components/ui/format-time-ago'
import { PAYMENT_STATE_TONE, PAYMENT_STATE_WORDS } from '@/components/ui/payment-state'
import { priceLine } from '@/components/ui/price-text'
import { threadPath } from '@/components/ui/thread-path'
import type { LedgerEntry } from '@/hooks/use-payment-ledger'
import { useProfile } from '@/hooks/use-profile'
import { useMarketplace } from '@/stores/marketplace'
import type { DealPayments } from './ledger-groups'

const stateWords = (entry: LedgerEntry): { words: string; tone: string } => {
  if (entry.state === 'unpaid')
    return { words: 'Not paid yet', tone: 'text-stone-700 dark:text-stone-300' }
  if (entry.state === 'paid' && entry.direction === 'in')
    return { words: 'Paid — proof checked', tone: PAYMENT_STATE_TONE.paid }
  return { words: PAYMENT_STATE_WORDS[entry.state], tone: PAYMENT_STATE_TONE[entry.state] }
}

/** One deal's payment requests, against the offer that was accepted. */
export function DealPaymentsCard({ deal }: { deal: DealPayments }) {
  const offer = useMarketplace((state) => state.offers[deal.offer])
  const name = displayName(deal.counterpart, useProfile(deal.counterpart))
  const mine = deal.entries[0]?.direction === 'in'
  return (
    <article className="rounded-2xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <h2 className="text-base font-semibold">
        <Link
          to={threadPath(deal.counterpart, deal.ticket)}
          className="hover:text-amber-800 hover:underline dark:hover:text-amber-300"
        >
          {deal.subject ?? 'Troubleshooting'}
        </Link>
      </h2>
      <p className="mt-0.5 text-sm text-stone-700 dark:text-stone-300">
        {mine ? `You troubleshoot for ${name}` : `${name} troubleshoots for you`}
        {offer && <> · Accepted offer: {priceLine(offer.pricing)}</>}
      </p>
      <ul className="mt-3 divide-y divide-stone-200 text-sm dark:divide-stone-800">
        {deal.entries.map((entry) => {
          const { words, tone } = stateWords(entry)
          return (
            <li key={entry.request.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
              <span className="text-stone-600 dark:text-stone-400">{formatDate(entry.at)}</span>
              <span className="min-w-0 flex-1">
                {entry.direction === 'in' ? 'You asked' : 'Asked of you'}
                {entry.request.minutes ? ` · ${entry.request.minutes} min` : ''}
              </span>
              <span className="font-semibold tabular-nums">
                {formatSats(Math.floor(entry.request.msats / 1000))}
              </span>
              <span className={`w-full text-right text-xs font-medium sm:w-auto ${tone}`}>
                {words}
              </span>
            </li>
          )
        })}
      </ul>
      <p className="mt-2 text-sm font-medium">
        {formatSats(deal.paidSats)} paid of {formatSats(deal.askedSats)} asked
      </p>
    </article>
  )
}
