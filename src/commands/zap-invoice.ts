import type { Address } from '@/nostr/address'
import { makeZapRequest } from '@/nostr/zap-request'
import { signTemplate } from '@/ndk/publish'
import { relaysForPublishing } from '@/stores/relay-choice'
import { fetchPayRequest, fetchZapInvoice } from '@/wallet/lnurl'
import { nowSeconds } from './command-support'

export type ZapFor = {
  /** The troubleshooter, and their lightning address (profile `lud16`). */
  recipient: string
  lightningAddress: string
  /** The offer paid for, and the version of it that was accepted, when known. */
  offer: Address
  offerEventId?: string
  amountMsats: number
  /** The zap's public comment. */
  comment: string
}

/**
 * Gets an invoice for a zap (NIP-57): the troubleshooter's LNURL server is asked for its pay
 * request, the person signs a zap request for the offer, and the server's invoice must be for the
 * amount and commit to that request (src/wallet/lnurl.ts checks it). Throws an Error in plain
 * words when any step says no; nothing is paid here — payOnce pays the invoice.
 */
export const fetchZapInvoiceFor = async (zap: ZapFor): Promise<string> => {
  const payRequest = await fetchPayRequest(zap.lightningAddress)
  if (!payRequest.ok) throw new Error(payRequest.reason)
  const zapRequest = await signTemplate(
    makeZapRequest({
      recipient: zap.recipient,
      offer: zap.offer,
      ...(zap.offerEventId ? { offerEventId: zap.offerEventId } : {}),
      amountMsats: zap.amountMsats,
      relays: relaysForPublishing(),
      lnurl: payRequest.value.lnurl,
      content: zap.comment,
      now: nowSeconds(),
    }),
  )
  const invoice = await fetchZapInvoice(payRequest.value, {
    amountMsats: zap.amountMsats,
    zapRequest,
    lnurl: payRequest.value.lnurl,
  })
  if (!invoice.ok) throw new Error(invoice.reason)
  return invoice.value.invoice
}
