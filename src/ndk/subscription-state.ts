/**
 * Where a subscription stands on one relay: waiting for the connection, loading what the relay
 * stored, live, waiting to reconnect, refused by the relay (CLOSED), or waiting for the app to
 * authenticate (NIP-42 `auth-required:`).
 */
export type RelayState =
  'connecting' | 'loading' | 'live' | 'reconnecting' | 'refused' | 'auth-required'

/** What a relay's CLOSED reason means (NIP-01 machine-readable prefixes). */
export const relayStateOfClosed = (reason: string | undefined): RelayState =>
  /^auth-required:/i.test(reason ?? '') ? 'auth-required' : 'refused'
