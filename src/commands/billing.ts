import type { Address } from '@/nostr/address'
import { formatAddress } from '@/nostr/address'
import type { ChatMessage } from '@/nostr/chat'
import { makePaymentRequestTags, makeWorkLogTags } from '@/nostr/message-tags'
import type { Tag } from '@/nostr/tags'
import type { LoggedOffer } from '@/nostr/work-log'
import { countedEntries, durationWords, sessionSeconds, summarizeWork } from '@/nostr/work-log'
import { threadKeyOf, useMessages } from '@/stores/messages'
import { useOutboxStore } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { WalletFailure } from '@/wallet/nwc'
import { nowSeconds, randomD } from './command-support'
import type { QueueResult } from './message-outbox'
import { outboxMessage, sendMessage } from './message-outbox'
import { currentWallet } from './wallet'

/**
 * The troubleshooter bills in the ticket's thread: work started, work stopped, a payment request
 * (optionally with an invoice from their own wallet). Each is ONE structured NIP-17 message sent
 * through the message outbox, so it waits offline and survives reloads like any message; its
 * text says the same in words for clients that do not read the tags.
 */

/** The ticket thread a troubleshooter bills in, with the accepted offer (theirs). */
export type BillingThread = {
  /** The Bitcoiner: the ticket's author, who receives the messages. */
  bitcoiner: string
  ticket: Address
  /** The ticket's title: the thread's subject, and what an invoice is for. */
  title: string
  offer: LoggedOffer
}

/** How long an attached invoice can be paid: the Bitcoiner may read it days later. */
export const INVOICE_EXPIRY_SECONDS = 7 * 24 * 60 * 60

const sats = (msats: number) => {
  const whole = Math.floor(msats / 1000)
  return `${whole.toLocaleString('en-US')} ${whole === 1 ? 'sat' : 'sats'}`
}

/** What the thread holds now: messages from the relays and mine still in the outbox. */
const threadMessages = (thread: BillingThread): ChatMessage[] => {
  const key = threadKeyOf(thread.bitcoiner, thread.ticket)
  const received = useMessages.getState().threads[key] ?? []
  const known = new Set(received.map((message) => message.id))
  const waiting = useOutboxStore
    .getState()
    .items.filter((item) => item.threadKey === key && !known.has(item.id))
    .flatMap((item) => outboxMessage(item) ?? [])
  return [...received, ...waiting]
}

const refusal = (thread: BillingThread): string | undefined => {
  const { status, pubkey } = useSession.getState()
  if (status !== 'signed-in' || !pubkey) return 'Sign in first: billing messages are signed by you.'
  if (pubkey !== thread.offer.pubkey)
    return 'Only the troubleshooter whose offer was accepted bills on this ticket.'
  return undefined
}

const send = (thread: BillingThread, text: string, tags: Tag[]): QueueResult =>
  sendMessage({
    recipient: thread.bitcoiner,
    ticket: formatAddress(thread.ticket),
    subject: thread.title,
    text,
    tags,
  })

/**
 * The time of a new entry: now, or one second after the latest entry when that is this very second
 * (or a few seconds ahead, another device's clock): a start, stop and start within one second would
 * otherwise be two identical messages, and only one of them would count.
 */
const entryTime = (messages: ChatMessage[], offer: LoggedOffer, now: number): number => {
  const latest = Math.max(-1, ...countedEntries(messages, offer).map((entry) => entry.at))
  return latest >= now && latest - now < 60 ? latest + 1 : now
}

const logWork = (thread: BillingThread, action: 'start' | 'stop'): QueueResult => {
  const refused = refusal(thread)
  if (refused) return { ok: false, reason: refused }
  if (thread.offer.pricing.kind !== 'per-hour')
    return { ok: false, reason: 'A fixed-price offer has no work log.' }
  const messages = threadMessages(thread)
  const at = entryTime(messages, thread.offer, nowSeconds())
  const { running } = summarizeWork(messages, thread.offer, at)
  if (action === 'start' && running) return { ok: false, reason: 'Work is already running.' }
  if (action === 'stop' && !running) return { ok: false, reason: 'No work session is running.' }
  const text = running
    ? `Work stopped — ${durationWords(sessionSeconds(running, at))}`
    : 'Work started'
  return send(thread, text, makeWorkLogTags({ offer: thread.offer.address, action, at }))
}

/** Starts a work session on the ticket (time-based offers): one work-log message. */
export const startWork = (thread: BillingThread): QueueResult => logWork(thread, 'start')

/** Stops the running work session: one work-log message saying how long it lasted. */
export const stopWork = (thread: BillingThread): QueueResult => logWork(thread, 'stop')

/** What a payment request asks for: an amount, the minutes it covers, whether to attach an invoice. */
export type PaymentRequestInput = {
  thread: BillingThread
  msats: number
  /** The logged minutes this request bills (so the next one proposes only the rest). */
  minutes?: number
  /** Ask my connected wallet for an invoice (NIP-47 make_invoice) and attach it. */
  attachInvoice: boolean
}

/** The invoice's description: what it pays for, short enough for any wallet. */
export const invoiceDescription = (title: string, minutes?: number): string => {
  const about = title.length > 100 ? `${title.slice(0, 99)}…` : title
  return `Bitcoin Troubleshoot: ${about}${minutes ? ` — ${minutes} min` : ''}`
}

const askForInvoice = async (
  msats: number,
  description: string,
): Promise<{ ok: true; invoice: string } | { ok: false; reason: string }> => {
  const wallet = currentWallet()
  if (!wallet)
    return { ok: false, reason: 'Connect your wallet to attach an invoice. Nothing was sent.' }
  if (!wallet.info.methods.includes('make_invoice'))
    return {
      ok: false,
      reason:
        'Your wallet connection does not allow making invoices (make_invoice). Nothing was sent.',
    }
  try {
    const made = await wallet.makeInvoice({
      amountMsats: msats,
      description,
      expirySeconds: INVOICE_EXPIRY_SECONDS,
    })
    return { ok: true, invoice: made.invoice }
  } catch (error) {
    const why = error instanceof WalletFailure ? error.message : 'Your wallet made no invoice.'
    return { ok: false, reason: `${why} Nothing was sent.` }
  }
}

/**
 * Asks the Bitcoiner to be paid `msats` for the accepted offer: one payment-request message with a
 * random request id, and with `attachInvoice` an invoice made by my own wallet first. When the
 * wallet is missing, may not make invoices or refuses, nothing is sent and the reason comes back.
 */
export const requestPayment = async (input: PaymentRequestInput): Promise<QueueResult> => {
  const { thread, msats, minutes } = input
  const refused = refusal(thread)
  if (refused) return { ok: false, reason: refused }
  if (!Number.isSafeInteger(msats) || msats < 1000)
    return { ok: false, reason: 'Ask for at least 1 sat.' }
  let bolt11: string | undefined
  if (input.attachInvoice) {
    const made = await askForInvoice(msats, invoiceDescription(thread.title, minutes))
    if (!made.ok) return made
    bolt11 = made.invoice
  }
  const work = minutes ? ` for ${minutes} min of work` : ''
  // other NIP-17 clients read only the text: it carries the invoice, so they can pay it too
  const invoiceLine = bolt11 ? `\n\nInvoice: ${bolt11}` : ''
  const text = `Payment request: ${sats(msats)}${work} on “${thread.title}”${invoiceLine}`
  const tags = makePaymentRequestTags({
    id: randomD(),
    offer: thread.offer.address,
    msats,
    ...(bolt11 ? { bolt11 } : {}),
    ...(minutes ? { minutes } : {}),
  })
  return send(thread, text, tags)
}
