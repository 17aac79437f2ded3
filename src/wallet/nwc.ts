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

export type WalletConnection = {
  info: WalletInfo
  /** The spendable balance, in millisats. */
  balanceMsats: () => Promise<number>
  close: () => void
}

type SdkError = Error & { code?: string }

/** The SDK's errors, in the app's terms (see WalletFailureKind). */
const toWalletFailure = (error: unknown): WalletFailure => {
  if (error instanceof WalletFailure) return error
  const failure = error as SdkError
  switch (failure?.name) {
    case 'Nip47WalletError':
      return new WalletFailure(
        walletErrorWords(failure.code, failure.message),
        'refused',
        failure.code,
      )
    case 'Nip47ReplyTimeoutError':
    case 'Nip47PublishTimeoutError':
      return new WalletFailure('Your wallet did not answer in time.', 'no-answer')
    case 'Nip47UnsupportedEncryptionError':
      return new WalletFailure(walletErrorWords('UNSUPPORTED_ENCRYPTION'), 'refused', failure.code)
    default:
      return new WalletFailure(
        'Could not reach your wallet. Check that it is online and that its relay is reachable.',
        'unreachable',
      )
  }
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
  const { NWCClient } = await import('@getalby/sdk/nwc')
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
    return {
      info: {
        ...(about?.alias ? { alias: about.alias } : {}),
        methods,
        encryption: nip44 ? 'nip44_v2' : 'nip04',
      },
      balanceMsats: async () => {
        try {
          return (await client.getBalance()).balance
        } catch (error) {
          throw toWalletFailure(error)
        }
      },
      close: () => client.close(),
    }
  } catch (error) {
    client.close()
    throw toWalletFailure(error)
  }
}
