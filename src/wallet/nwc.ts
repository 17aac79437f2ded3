import type * as NwcSdk from '@getalby/sdk/nwc'
import type { EventTemplate } from 'nostr-tools'
import { walletErrorWords } from '@/nostr/wallet-errors'

/**
 * Nostr Wallet Connect (NIP-47) transport: @getalby/sdk's NWCClient (fetched only when a wallet
 * is used), wrapped where it falls short. Every request carries a NIP-40 `expiration`, so a wallet
 * that hears it late does not act on it. Replies are taken only from the wallet's key (the SDK's
 * subscription names it as author, and its relay code drops events that do not match or verify).
 * The connection string is never logged, stored or shown from here.
 */

/** How long a request stays valid for the wallet (NIP-40 `expiration`). */
export const REQUEST_TTL_SECONDS = 90

export type WalletEncryption = 'nip44_v2' | 'nip04'

export type WalletInfo = {
  /** The wallet's name for itself, if it says. */
  alias?: string
  /** The NIP-47 methods this connection may use. */
  methods: string[]
  encryption: WalletEncryption
}

/** Why a wallet request did not give an answer. */
export type WalletFailureKind =
  /** The wallet answered with an error code: nothing happened. */
  | 'refused'
  /** No answer in time: what happened is unknown. */
  | 'no-answer'
  /** The wallet's relay could not be reached: the request was not sent. */
  | 'unreachable'
  /** The wallet speaks only NIP-04, and the person has not accepted it. */
  | 'weak-encryption'

export class WalletFailure extends Error {
  constructor(
    message: string,
    readonly kind: WalletFailureKind,
    readonly code?: string,
  ) {
    super(message)
    this.name = 'WalletFailure'
  }
}

/** What the wallet says of a payment it was asked to make (NIP-47 `lookup_invoice`). */
export type PaymentLookup =
  | { state: 'settled'; preimage: string }
  | { state: 'pending' }
  | { state: 'failed' }
  /** The wallet has no such payment: it never started it. */
  | { state: 'unknown-to-wallet' }

export type WalletConnection = {
  info: WalletInfo
  /** The spendable balance, in millisats. */
  balanceMsats: () => Promise<number>
  /**
   * Asks the wallet to pay `invoice` (NIP-47 `pay_invoice`) and resolves with its preimage.
   * Throws a WalletFailure: `refused` means nothing was paid; `no-answer` means nobody knows yet.
   */
  payInvoice: (invoice: string) => Promise<{ preimage: string }>
  /** Asks the wallet what became of the payment of `paymentHash`. Throws a WalletFailure. */
  lookupPayment: (paymentHash: string) => Promise<PaymentLookup>
  /**
   * Asks the wallet for an invoice paying this connection's owner (NIP-47 `make_invoice`).
   * Throws a WalletFailure; nothing is owed by anyone until the invoice is paid.
   */
  makeInvoice: (request: {
    amountMsats: number
    description: string
    expirySeconds?: number
  }) => Promise<{ invoice: string; paymentHash: string }>
  close: () => void
}

type Sdk = typeof NwcSdk

/** The SDK's errors (told apart by class: names do not survive minifying), in the app's terms. */
const toWalletFailure = (sdk: Sdk, error: unknown): WalletFailure => {
  if (error instanceof WalletFailure) return error
  if (error instanceof sdk.Nip47UnsupportedEncryptionError)
    return new WalletFailure(walletErrorWords('UNSUPPORTED_ENCRYPTION'), 'refused', error.code)
  if (error instanceof sdk.Nip47WalletError)
    return new WalletFailure(walletErrorWords(error.code, error.message), 'refused', error.code)
  if (error instanceof sdk.Nip47TimeoutError)
    return new WalletFailure('Your wallet did not answer in time.', 'no-answer')
  return new WalletFailure(
    'Could not reach your wallet. Check that it is online and that its relay is reachable.',
    'unreachable',
  )
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** Adds the request's expiration (NIP-40) to NIP-47 requests. */
const withExpiration = (template: EventTemplate): EventTemplate =>
  template.kind === 23194
    ? {
        ...template,
        tags: [...template.tags, ['expiration', String(nowSeconds() + REQUEST_TTL_SECONDS)]],
      }
    : template

/**
 * Connects to the wallet a connection string names and reads what it offers (its kind 13194
 * info event, and `get_info` when allowed). Refuses a wallet that speaks only NIP-04 unless
 * `allowNip04`. Throws a WalletFailure.
 */
export const openWallet = async (
  uri: string,
  options: { allowNip04: boolean },
): Promise<WalletConnection> => {
  const sdk = await import('@getalby/sdk/nwc')
  const { NWCClient } = sdk
  class ExpiringRequests extends NWCClient {
    override signEvent(template: EventTemplate) {
      return super.signEvent(withExpiration(template))
    }
  }
  const client = new ExpiringRequests({ nostrWalletConnectUrl: uri })
  try {
    const service = await client.getWalletServiceInfo()
    const nip44 = service.encryptions.includes('nip44_v2')
    if (!nip44 && !service.encryptions.includes('nip04'))
      throw new WalletFailure(walletErrorWords('UNSUPPORTED_ENCRYPTION'), 'refused')
    if (!nip44 && !options.allowNip04)
      throw new WalletFailure(
        'This wallet only offers the older NIP-04 encryption, which reveals more about your payments to its relay.',
        'weak-encryption',
      )
    const methods = service.capabilities.map(String)
    const about = methods.includes('get_info')
      ? await client.getInfo().catch(() => undefined)
      : undefined
    const ask = async <T>(request: () => Promise<T>): Promise<T> => {
      try {
        return await request()
      } catch (error) {
        throw toWalletFailure(sdk, error)
      }
    }
    return {
      info: {
        ...(about?.alias ? { alias: about.alias } : {}),
        methods,
        encryption: nip44 ? 'nip44_v2' : 'nip04',
      },
      balanceMsats: async () => (await ask(() => client.getBalance())).balance,
      payInvoice: async (invoice) => {
        const { preimage } = await ask(() => client.payInvoice({ invoice }))
        return { preimage }
      },
      lookupPayment: async (paymentHash) => {
        try {
          const found = await ask(() => client.lookupInvoice({ payment_hash: paymentHash }))
          if (found.state === 'settled' && found.preimage)
            return { state: 'settled', preimage: found.preimage }
          return { state: found.state === 'failed' ? 'failed' : 'pending' }
        } catch (error) {
          if (error instanceof WalletFailure && error.code === 'NOT_FOUND')
            return { state: 'unknown-to-wallet' }
          throw error
        }
      },
      makeInvoice: async ({ amountMsats, description, expirySeconds }) => {
        const made = await ask(() =>
          client.makeInvoice({
            amount: amountMsats,
            description,
            ...(expirySeconds !== undefined ? { expiry: expirySeconds } : {}),
          }),
        )
        return { invoice: made.invoice, paymentHash: made.payment_hash }
      },
      close: () => client.close(),
    }
  } catch (error) {
    client.close()
    throw toWalletFailure(sdk, error)
  }
}
