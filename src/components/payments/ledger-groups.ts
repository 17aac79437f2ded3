import type { LedgerEntry } from '@/hooks/use-payment-ledger'

/** The payment requests of one deal: one ticket, one counterpart, one offer. */
export type DealPayments = {
  key: string
  ticket?: string
  subject?: string
  counterpart: string
  /** The offer's address (`32768:…`), as the requests name it. */
  offer: string
  entries: LedgerEntry[]
  /** Sats asked, and sats proven paid, over the deal's requests. */
  askedSats: number
  paidSats: number
}

export type LedgerTotals = {
  received: { sats: number; count: number }
  paid: { sats: number; count: number }
}

const sats = (entry: LedgerEntry) => Math.floor(entry.request.msats / 1000)
const offerOf = (entry: LedgerEntry) =>
  `${entry.request.offer.kind}:${entry.request.offer.pubkey}:${entry.request.offer.d}`

/** Groups the ledger by deal (ticket, counterpart, offer), the newest deal first. */
export const groupByDeal = (entries: readonly LedgerEntry[]): DealPayments[] => {
  const deals = new Map<string, DealPayments>()
  for (const entry of entries) {
    const offer = offerOf(entry)
    const key = `${entry.ticket ?? ''}|${entry.counterpart}|${offer}`
    const deal = deals.get(key) ?? {
      key,
      ...(entry.ticket ? { ticket: entry.ticket } : {}),
      ...(entry.subject ? { subject: entry.subject } : {}),
      counterpart: entry.counterpart,
      offer,
      entries: [],
      askedSats: 0,
      paidSats: 0,
    }
    deal.entries.push(entry)
    deal.askedSats += sats(entry)
    if (entry.state === 'paid') deal.paidSats += sats(entry)
    deals.set(key, deal)
  }
  return [...deals.values()]
}

/** What was proven paid to me and by me. */
export const ledgerTotals = (entries: readonly LedgerEntry[]): LedgerTotals => {
  const totals: LedgerTotals = { received: { sats: 0, count: 0 }, paid: { sats: 0, count: 0 } }
  for (const entry of entries) {
    if (entry.state !== 'paid') continue
    const side = entry.direction === 'in' ? totals.received : totals.paid
    side.sats += sats(entry)
    side.count += 1
  }
  return totals
}
