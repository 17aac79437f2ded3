import { bech32 } from '@scure/base'
import type { NostrEvent } from 'nostr-tools'
import { matchesDescriptionHash, readInvoice } from '@/lightning/bolt11'
import type { ReadResult } from '@/nostr/read-result'
import { accept, reject } from '@/nostr/read-result'
import { isHex64 } from '@/nostr/tags'
import { readZapRequest } from '@/nostr/zap-request'
import type { FetchFn } from './capped-fetch'
import { defaultFetch, fetchJson, sentenceStart } from './capped-fetch'

/**
 * Lightning addresses (LUD-16) and zaps through their LNURL-pay server (LUD-06, NIP-57). Everything
 * a server says is checked before the app pays: the invoice must be for the amount asked and
 * commit (description hash) to the very zap request sent.
 */

/** A lightning address `name@domain` and where its pay request lives. */
export type LightningAddress = { name: string; domain: string; text: string; url: string }

/** A lightning address's LNURL-pay offer (LUD-06) from a server that signs zap receipts. */
export type LnurlPayRequest = {
  /** The lightning address it was fetched for. */
  address: string
  /** The pay URL, and the same as bech32 `lnurl1…` (for the zap request's `lnurl` tag). */
  url: string
  lnurl: string
  /** Where invoices are asked for: https, possibly on another host (as Wallet of Satoshi does). */
  callback: string
  minSendableMsats: number
  maxSendableMsats: number
  /** The key that signs this server's zap receipts (NIP-57 appendix F). */
  nostrPubkey: string
}

/** An invoice for a zap, checked against what was asked. */
export type ZapInvoice = {
  /** BOLT #11 text, to pay with payOnce. */
  invoice: string
  paymentHash: string
  amountMsats: number
  /** The zap request exactly as sent: its sha256 is the invoice's description hash. */
  zapRequest: string
}

const NAME = /^[a-z0-9._+-]{1,64}$/
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
/** Names no browser reaches on the internet: local networks, Tor. */
const UNREACHABLE_ENDINGS = ['localhost', 'local', 'internal', 'onion', 'lan', 'home.arpa']

const isPlainDomain = (domain: string): boolean => {
  const labels = domain.split('.')
  const ending = labels.at(-1) ?? ''
  return (
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    /[a-z]/.test(ending) &&
    !UNREACHABLE_ENDINGS.some((end) => domain === end || domain.endsWith(`.${end}`))
  )
}

/**
 * Reads `name@domain` (LUD-16), refusing anything but a plain internet domain name (no IP
 * address, port, path, user info or local name), and gives its pay URL
 * `https://domain/.well-known/lnurlp/name`. Never throws.
 */
export const readLightningAddress = (text: string): ReadResult<LightningAddress> => {
  if (typeof text !== 'string') return reject('A lightning address looks like name@example.com.')
  const trimmed = text.trim().toLowerCase()
  const at = trimmed.lastIndexOf('@')
  const name = trimmed.slice(0, at)
  const domain = trimmed.slice(at + 1)
  if (at < 1 || !NAME.test(name) || domain === '')
    return reject('A lightning address looks like name@example.com.')
  if (!isPlainDomain(domain))
    return reject(`“${domain.slice(0, 80)}” is not an internet domain a lightning address can use.`)
  const url = `https://${domain}/.well-known/lnurlp/${encodeURIComponent(name)}`
  return accept({ name, domain, text: `${name}@${domain}`, url })
}

/** A URL as bech32 `lnurl1…` (LUD-01), as NIP-57 puts in the zap request's `lnurl` tag. */
export const encodeLnurl = (url: string): string =>
  bech32.encode('lnurl', bech32.toWords(new TextEncoder().encode(url)), 2048)

const httpsUrl = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || value.length > 2048) return undefined
  try {
    const url = new URL(value)
    const plain = url.protocol === 'https:' && url.username === '' && url.password === ''
    return plain && url.hostname !== '' ? url.href : undefined
  } catch {
    return undefined
  }
}

const msats = (value: unknown): number | undefined =>
  Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : undefined

/**
 * Fetches a lightning address's pay request and checks that it can take a zap: `tag` payRequest,
 * an https callback, 0 < minSendable ≤ maxSendable, `allowsNostr` true and a 64-hex `nostrPubkey`.
 * Never throws; every reason is in plain words.
 */
export const fetchPayRequest = async (
  address: LightningAddress | string,
  fetchFn: FetchFn = defaultFetch,
): Promise<ReadResult<LnurlPayRequest>> => {
  const read = typeof address === 'string' ? readLightningAddress(address) : accept(address)
  if (!read.ok) return read
  const { text, url } = read.value
  const name = `the server of ${text}`
  const server = sentenceStart(name)
  const answer = await fetchJson(url, name, fetchFn)
  if (!answer.ok) return answer
  const body = (answer.value ?? {}) as Record<string, unknown>
  if (body.tag !== 'payRequest') return reject(`${server} does not offer payments to this address.`)
  const callback = httpsUrl(body.callback)
  if (!callback) return reject(`${server} gave no https address to ask for invoices.`)
  const min = msats(body.minSendable)
  const max = msats(body.maxSendable)
  if (min === undefined || max === undefined || min > max)
    return reject(`${server} gave no sensible range of amounts it accepts.`)
  if (body.allowsNostr !== true || !isHex64(body.nostrPubkey))
    return reject(`${text} cannot receive zaps: its server does not sign zap receipts.`)
  return accept({
    address: text,
    url,
    lnurl: encodeLnurl(url),
    callback,
    minSendableMsats: min,
    maxSendableMsats: max,
    nostrPubkey: body.nostrPubkey,
  })
}

const sats = (msatsAmount: number) => Math.floor(msatsAmount / 1000).toLocaleString('en-US')

/**
 * Asks the pay request's callback for the invoice of a zap (NIP-57 appendix B) and checks it: a
 * valid BOLT #11 invoice for exactly `amountMsats`, whose description hash is sha256 of the zap
 * request as sent. `lnurl` defaults to the pay request's. Never throws.
 */
export const fetchZapInvoice = async (
  payRequest: LnurlPayRequest,
  zap: { amountMsats: number; zapRequest: NostrEvent; lnurl?: string },
  fetchFn: FetchFn = defaultFetch,
): Promise<ReadResult<ZapInvoice>> => {
  const { amountMsats, zapRequest } = zap
  const request = readZapRequest(zapRequest)
  if (!request.ok) return reject(`The zap request is not valid: ${request.reason}.`)
  if (request.value.amountMsats !== amountMsats)
    return reject('The zap request is for another amount.')
  if (amountMsats < payRequest.minSendableMsats || amountMsats > payRequest.maxSendableMsats)
    return reject(
      `${payRequest.address} accepts between ${sats(payRequest.minSendableMsats)} and ${sats(payRequest.maxSendableMsats)} sats.`,
    )
  const { id, pubkey, created_at, kind, tags, content, sig } = zapRequest
  const sent = JSON.stringify({ id, pubkey, created_at, kind, tags, content, sig })
  const callback = new URL(payRequest.callback)
  callback.hash = ''
  const query = [
    `amount=${amountMsats}`,
    `nostr=${encodeURIComponent(sent)}`,
    `lnurl=${encodeURIComponent(zap.lnurl ?? payRequest.lnurl)}`,
  ].join('&')
  const url = `${callback.href}${callback.search ? '&' : '?'}${query}`
  const name = `the server of ${payRequest.address}`
  const server = sentenceStart(name)
  const answer = await fetchJson(url, name, fetchFn)
  if (!answer.ok) return answer
  const pr = (answer.value as { pr?: unknown } | null)?.pr
  if (typeof pr !== 'string') return reject(`${server} sent no invoice.`)
  const invoice = readInvoice(pr)
  if (!invoice.ok) return reject(`${server} sent an invoice that is not valid: ${invoice.reason}`)
  if (invoice.value.amountMsats !== amountMsats)
    return reject(`${server} sent an invoice for another amount.`)
  if (!matchesDescriptionHash(invoice.value, sent))
    return reject(`${server} sent an invoice that is not for this zap.`)
  return accept({
    invoice: invoice.value.paymentRequest,
    paymentHash: invoice.value.paymentHash,
    amountMsats,
    zapRequest: sent,
  })
}
