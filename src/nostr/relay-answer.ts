/**
 * What a relay's answer to a published event means for trying again (NIP-01 `OK` messages with
 * their machine-readable prefixes, and no answer at all).
 */
export type RelayVerdict = 'accepted' | 'retry' | 'refused'

/** Prefixes after which the same event will never be accepted by that relay. */
const FINAL = /^(invalid|blocked|restricted|pow|mute):/i
/** Reasons that mean the relay did not answer, or asks to come back later or signed in. */
const LATER =
  /^(rate-limited|auth-required|error):|timeout|timed out|no answer|not connected|disconnect|connection|websocket|closed/i

/**
 * `accepted`: the relay stored it (a `duplicate:` answer means it already had it); `refused`: it
 * never will; `retry`: no answer, or a reason that may pass later.
 */
export const judgeRelayAnswer = (ok: boolean, reason = ''): RelayVerdict => {
  if (ok || /^duplicate:/i.test(reason)) return 'accepted'
  if (FINAL.test(reason)) return 'refused'
  if (LATER.test(reason) || reason === '') return 'retry'
  // an unprefixed "no" from a relay: it said why, and saying it again will not change its mind
  return 'refused'
}
