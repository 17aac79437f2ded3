import type { NostrEvent } from 'nostr-tools'
import { formatAddress, readAddress } from '@/nostr/address'
import { Kind } from '@/nostr/kinds'
import type { Deal, DealIndex } from '@/nostr/reputation-deals'
import { SATSHOOT_ORDER_KIND } from '@/nostr/satshoot-order'
import { tagValue } from '@/nostr/tags'
import type { Network } from './bolt11'
import type { CountedZap, ExpectedZap } from './zap-receipt'
import { checkZapReceipt } from './zap-receipt'

export type EarningsInput = {
  /** Kind 9735 zap receipts, e.g. found by `#a` of the deals' offers and orders, or `#p`/`#P`. */
  receipts: readonly NostrEvent[]
  /** The `nostrPubkey` of each troubleshooter's LNURL server (their lightning address), by pubkey. */
  lnurlServers: Readonly<Record<string, string>>
  deals: DealIndex
  network: Network
}

/** A receipt that does not count, why in plain words, and whom it claims to be about (untrusted). */
export type RefusedReceipt = {
  receiptId: string
  reason: string
  /** The receipt's `p` tag, as it claims: who was paid. */
  recipient?: string
  /** The receipt's `P` tag, as it claims: who paid. */
  sender?: string
}

/** Payments that count, and the refused ones: each receipt once, each payment once. */
export type Earnings = { counted: CountedZap[]; refused: RefusedReceipt[] }

/** What a receipt says it pays for: its `a`, else its zap request's `a` (only to find the deal). */
const claimedAddress = (receipt: NostrEvent): string | undefined => {
  const own = tagValue(receipt.tags, 'a')
  if (own !== undefined) return own
  try {
    const request: unknown = JSON.parse(tagValue(receipt.tags, 'description') ?? '')
    const tags = (request as { tags?: unknown }).tags
    if (!Array.isArray(tags)) return undefined
    const a = tags.find((tag: unknown) => Array.isArray(tag) && tag[0] === 'a') as unknown[]
    return typeof a?.[1] === 'string' ? a[1] : undefined
  } catch {
    return undefined
  }
}

const dealPaid = (address: string | undefined, deals: DealIndex): Deal | undefined => {
  const read = readAddress(address)
  if (!read.ok) return undefined
  const key = formatAddress(read.value)
  if (read.value.kind === Kind.Offer) return deals.byOffer.get(key)
  if (read.value.kind === SATSHOOT_ORDER_KIND) return deals.byOrder.get(key)
  return undefined
}

/**
 * Results of `checkZapReceipt` per receipt object and expectation: the check is pure and costs two
 * signature checks and an invoice decode (~milliseconds), so a receipt already judged for the same
 * deal is not judged again when the data layer recomputes after one more event arrives.
 */
const judged = new WeakMap<NostrEvent, Map<string, ReturnType<typeof checkZapReceipt>>>()

const checkOnce = (receipt: NostrEvent, expected: ExpectedZap) => {
  const key = [
    expected.lnurlNostrPubkey,
    expected.recipient,
    expected.sender,
    expected.offer ? formatAddress(expected.offer) : '',
    expected.network,
  ].join('|')
  let results = judged.get(receipt)
  if (!results) judged.set(receipt, (results = new Map()))
  let result = results.get(key)
  if (!result) results.set(key, (result = checkZapReceipt(receipt, expected)))
  return result
}

/**
 * Which zap receipts count as payments for deals: each receipt names (by `a`) an accepted offer or
 * an accepted SatShoot order, and must pass `checkZapReceipt` (NIP-57 appendix F and more) for that
 * deal: signed by the troubleshooter's LNURL server, sent by the deal's Bitcoiner, for its
 * troubleshooter, for exactly the zap request's amount; a self-zap never counts. A receipt counts
 * once, and so does a payment (two receipts for one payment hash count once). Never throws.
 * Each receipt object is judged once per deal (memoized): pass the same objects again to recheck fast.
 */
export const checkEarnings = (input: EarningsInput): Earnings => {
  const counted: CountedZap[] = []
  const refused: RefusedReceipt[] = []
  const seenReceipts = new Set<string>()
  const seenPayments = new Set<string>()
  for (const receipt of input.receipts) {
    if (seenReceipts.has(receipt.id)) continue
    seenReceipts.add(receipt.id)
    const claim = { recipient: tagValue(receipt.tags, 'p'), sender: tagValue(receipt.tags, 'P') }
    const refuse = (reason: string) =>
      refused.push({
        receiptId: receipt.id,
        reason,
        ...(claim.recipient !== undefined && { recipient: claim.recipient }),
        ...(claim.sender !== undefined && { sender: claim.sender }),
      })
    const deal = dealPaid(claimedAddress(receipt), input.deals)
    if (!deal) {
      refuse('it pays for no deal we know (no accepted offer or order it names)')
      continue
    }
    const server = input.lnurlServers[deal.troubleshooter]
    if (server === undefined) {
      refuse('the troubleshooter’s lightning address server is not known, so it cannot be checked')
      continue
    }
    const check = checkOnce(receipt, {
      lnurlNostrPubkey: server,
      recipient: deal.troubleshooter,
      sender: deal.bitcoiner,
      offer: deal.answer.kind === Kind.Offer ? deal.answer : deal.request,
      network: input.network,
    })
    if (!check.ok) {
      refuse(check.reason)
      continue
    }
    if (seenPayments.has(check.value.paymentHash)) {
      refuse('another receipt for the same payment was already counted')
      continue
    }
    seenPayments.add(check.value.paymentHash)
    counted.push(check.value)
  }
  return { counted, refused }
}

/** Whole sats of a list of counted zaps (millisats summed first, then rounded down). */
export const zapSats = (zaps: readonly CountedZap[]): number =>
  Math.floor(zaps.reduce((sum, zap) => sum + zap.amountMsats, 0) / 1000)
