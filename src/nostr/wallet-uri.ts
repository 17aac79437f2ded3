import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { limitRelayUrls } from './relay-limits'
import type { RelayLimits } from './relay-limits'

/** A Nostr Wallet Connect (NIP-47) connection, as its `nostr+walletconnect://` string says. */
export type WalletUri = {
  /** The wallet service's public key (hex). */
  walletPubkey: string
  /** Where the wallet listens (at most 3, limited as other people's relays are). */
  relays: string[]
  /** The lightning address the wallet offers for receiving, if any. */
  lud16?: string
}

const SCHEME = /^nostr\+walletconnect:\/\//i
const HEX64 = /^[0-9a-f]{64}$/
/** A wallet names a relay or two; more is not a wallet anyone should trust with sats. */
const MAX_WALLET_RELAYS = 3
/** Longer than any real connection string: anything beyond is not one. */
const MAX_URI_LENGTH = 2000

/**
 * Reads a pasted or scanned connection string. Rejects, with a reason a person can act on,
 * anything that is not a complete one: the scheme, the wallet's key, a relay the limits allow
 * (`wss://`; loopback only for a local demo), and the secret. The secret itself is checked here
 * and never returned: it stays in the string, which is the secret as a whole.
 */
export const readWalletUri = (text: string, limits: RelayLimits): ReadResult<WalletUri> => {
  const uri = text.trim()
  if (uri.length > MAX_URI_LENGTH) return reject('That is too long to be a wallet connection.')
  if (!SCHEME.test(uri))
    return reject(
      'A wallet connection starts with nostr+walletconnect:// — copy it again from your wallet.',
    )
  let parsed: URL
  try {
    parsed = new URL(uri.replace(SCHEME, 'http://'))
  } catch {
    return reject('That wallet connection is not complete — copy it again from your wallet.')
  }
  const walletPubkey = (parsed.hostname || parsed.pathname.replace(/^\/+/, '')).toLowerCase()
  if (!HEX64.test(walletPubkey)) return reject('That wallet connection names no wallet key.')
  const relays = limitRelayUrls(parsed.searchParams.getAll('relay'), {
    ...limits,
    max: MAX_WALLET_RELAYS,
  })
  if (relays.length === 0)
    return reject('That wallet connection names no relay this app can use (it needs wss://).')
  const secret = parsed.searchParams.get('secret') ?? ''
  if (!HEX64.test(secret.toLowerCase()))
    return reject('That wallet connection has no valid secret.')
  const lud16 = parsed.searchParams.get('lud16') ?? undefined
  return accept({ walletPubkey, relays, ...(lud16 ? { lud16 } : {}) })
}
