import { DealPaymentsCard } from '@/components/payments/deal-payments'
import { groupByDeal } from '@/components/payments/ledger-groups'
import { usePaymentLedger } from '@/hooks/use-payment-ledger'
import { formatAddress } from '@/nostr/address'
import type { Ticket } from '@/nostr/ticket'

/**
 * The ticket's payment requests, for the two people of the deal (they are in their private
 * threads; nobody else has them): amount, what for, paid or not.
 */
export function TicketPayments({ ticket }: { ticket: Ticket }) {
  const address = formatAddress(ticket.address)
  const deals = groupByDeal(usePaymentLedger().filter((entry) => entry.ticket === address))
  if (deals.length === 0) return null
  return (
    <section aria-labelledby="ticket-payments-heading" className="mt-6">
      <h2 id="ticket-payments-heading" className="text-lg font-semibold">
        Payments
      </h2>
      <div className="mt-3 space-y-3">
        {deals.map((deal) => (
          <DealPaymentsCard key={deal.key} deal={deal} />
        ))}
      </div>
    </section>
  )
}
