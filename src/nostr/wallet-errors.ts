/**
 * What a wallet's NIP-47 error code means, in words a person can act on. The wallet's own message
 * is shown only where the code says nothing more useful, cut short: it is text from elsewhere.
 */
const WORDS: Readonly<Record<string, string>> = {
  RATE_LIMITED: 'Your wallet is getting too many requests right now. Try again in a minute.',
  NOT_IMPLEMENTED: 'Your wallet does not support this.',
  INSUFFICIENT_BALANCE: 'Your wallet does not have enough sats for this.',
  QUOTA_EXCEEDED: 'This is over the budget you gave this app in your wallet.',
  RESTRICTED: 'Your wallet does not allow this app to do that. Check the connection’s permissions.',
  UNAUTHORIZED: 'Your wallet no longer knows this connection. Connect it again.',
  UNSUPPORTED_ENCRYPTION: 'Your wallet does not support the encryption this app uses.',
  PAYMENT_FAILED: 'The payment failed in your wallet.',
  NOT_FOUND: 'Your wallet does not know that invoice.',
}

const MAX_WALLET_MESSAGE = 200

/** Plain words for a wallet error (`code` from NIP-47, `message` from the wallet). */
export const walletErrorWords = (code: string | undefined, message?: string): string => {
  const known = code ? WORDS[code] : undefined
  if (known) return known
  const detail = message?.replace(/\s+/g, ' ').trim().slice(0, MAX_WALLET_MESSAGE)
  return detail ? `Your wallet reported a problem: ${detail}` : 'Your wallet reported a problem.'
}
