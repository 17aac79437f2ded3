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

/** One state for a whole subscription, for a status line: the best any relay achieved. */
export const overallState = (states: Readonly<Record<string, RelayState>>): RelayState => {
  const values = Object.values(states)
  const order: RelayState[] = [
    'live',
    'loading',
    'connecting',
    'reconnecting',
    'auth-required',
    'refused',
  ]
  return order.find((state) => values.includes(state)) ?? 'connecting'
}
