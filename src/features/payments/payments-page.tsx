import { useEffect } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'
import { formatSats } from '@/components/ui/format-sats'
import { PageHeading } from '@/components/ui/page-heading'
import { loadIntents } from '@/commands/payments'
import { usePaymentLedger } from '@/hooks/use-payment-ledger'
import { useSession } from '@/stores/session'
import { DealPaymentsCard } from '@/components/payments/deal-payments'
import { groupByDeal, ledgerTotals } from '@/components/payments/ledger-groups'

const count = (n: number) => `${n} ${n === 1 ? 'payment' : 'payments'}`

/**
 * /payments — what I paid and was paid, per deal, against the accepted offer. Paid means proven:
 * a preimage that pays the invoice (my wallet's answer, or the payer's receipt).
 */
export default function PaymentsPage() {
  const signedIn = useSession((state) => state.status === 'signed-in')
  const ledger = usePaymentLedger()
  useEffect(() => {
    if (signedIn) void loadIntents()
  }, [signedIn])

  const totals = ledgerTotals(ledger)
  const deals = groupByDeal(ledger)
  return (
    <>
      <PageHeading
        title="Payments"
        description="What you paid and were paid, per deal. Paid means proven: a preimage that pays the invoice."
      />
      {!signedIn ? (
        <EmptyState
          icon={<span aria-hidden="true">⚡</span>}
          title="Sign in to see your payments"
          actions={
            <Link to="/sign-in" className={buttonClass.primary}>
              Sign in
            </Link>
          }
        >
          Payments are read from your private messages.
        </EmptyState>
      ) : deals.length === 0 ? (
        <EmptyState icon={<span aria-hidden="true">⚡</span>} title="No payments yet">
          When a troubleshooter asks to be paid in a thread, the request shows here until it is
          paid.
        </EmptyState>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3">
            <div className="rounded-2xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <dt className="text-sm text-stone-700 dark:text-stone-300">Received</dt>
              <dd className="text-xl font-bold tabular-nums">
                {formatSats(totals.received.sats)}
                <span className="block text-xs font-normal text-stone-600 dark:text-stone-400">
                  {count(totals.received.count)}, proof checked
                </span>
              </dd>
            </div>
            <div className="rounded-2xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <dt className="text-sm text-stone-700 dark:text-stone-300">Paid</dt>
              <dd className="text-xl font-bold tabular-nums">
                {formatSats(totals.paid.sats)}
                <span className="block text-xs font-normal text-stone-600 dark:text-stone-400">
                  {count(totals.paid.count)}
                </span>
              </dd>
            </div>
          </dl>
          <div className="mt-4 space-y-3">
            {deals.map((deal) => (
              <DealPaymentsCard key={deal.key} deal={deal} />
            ))}
          </div>
        </>
      )}
    </>
  )
}
